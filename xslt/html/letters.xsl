<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio HTML, document pages: letters and archival documents (part of
  document.xsl): opener, closer, dateline, salute, signed, address,
  postscript, and the office's or archive's lines (note type="source").
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:libxslt="http://xmlsoft.org/XSLT/namespace"
    exclude-result-prefixes="tei libxslt">

  <!-- Letters: opener, closer and their parts are spans shown as blocks by
       the CSS, so they are valid HTML wherever the TEI puts them. -->
  <xsl:template match="tei:opener">
    <xsl:call-template name="block-span"/>
  </xsl:template>

  <xsl:template match="tei:closer">
    <xsl:call-template name="block-span"/>
  </xsl:template>

  <xsl:template match="tei:dateline">
    <xsl:call-template name="block-span"/>
  </xsl:template>

  <xsl:template match="tei:salute">
    <xsl:call-template name="block-span"/>
  </xsl:template>

  <xsl:template match="tei:signed">
    <xsl:call-template name="block-span"/>
  </xsl:template>

  <xsl:template match="tei:address">
    <xsl:call-template name="block-span"/>
  </xsl:template>

  <xsl:template match="tei:addrLine">
    <xsl:call-template name="block-span"/>
  </xsl:template>

  <!-- A line of the office or the archive (note type="source": "File No.
       711.221/3468", "[Telegram]"): a small line in place, not a note. -->
  <xsl:template match="tei:note[@type = 'source']" priority="2">
    <span class="source-line">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>
  <xsl:template match="tei:note[@type = 'source']" mode="plain" priority="2">
    <xsl:apply-templates mode="plain"/>
  </xsl:template>

  <xsl:template name="block-span">
    <span>
      <xsl:attribute name="class">
        <xsl:call-template name="lower-case">
          <xsl:with-param name="s" select="local-name()"/>
        </xsl:call-template>
        <xsl:call-template name="rend-classes"/>
      </xsl:attribute>
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:postscript">
    <div class="postscript">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

</xsl:stylesheet>
