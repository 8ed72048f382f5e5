<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio HTML, document pages: tables and figures (TEI figures module) (part
  of document.xsl).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:libxslt="http://xmlsoft.org/XSLT/namespace"
    exclude-result-prefixes="tei libxslt">

  <!-- Tables and figures ............................................... -->

  <xsl:template match="tei:table">
    <table class="table">
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:if test="tei:head">
        <caption>
          <xsl:for-each select="tei:head">
            <xsl:apply-templates/>
          </xsl:for-each>
        </caption>
      </xsl:if>
      <tbody>
        <xsl:apply-templates select="tei:row"/>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template match="tei:row">
    <tr>
      <xsl:apply-templates select="tei:cell"/>
    </tr>
  </xsl:template>

  <xsl:template match="tei:cell">
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="@role = 'label' or ../@role = 'label'">th</xsl:when>
        <xsl:otherwise>td</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:if test="number(@cols) > 1">
        <xsl:attribute name="colspan"><xsl:value-of select="number(@cols)"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="number(@rows) > 1">
        <xsl:attribute name="rowspan"><xsl:value-of select="number(@rows)"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:figure">
    <figure class="figure">
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates select="*[not(self::tei:head)]"/>
      <xsl:if test="tei:head">
        <figcaption>
          <xsl:for-each select="tei:head">
            <xsl:apply-templates/>
          </xsl:for-each>
        </figcaption>
      </xsl:if>
    </figure>
  </xsl:template>

  <!-- The image, when its address is an absolute http(s) URL: a relative
       path or a file name of the source (an image beside a Markdown or
       Word file) is not part of the site, and a broken image is never
       shown: the address is then written as text, after the word "Image",
       and the caption below says what it shows. The alternative text is
       the figDesc, else the caption. -->
  <xsl:template match="tei:graphic">
    <xsl:variable name="url" select="normalize-space(@url)"/>
    <xsl:variable name="scheme" select="translate(substring-before($url, ':'),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:choose>
      <xsl:when test="($scheme = 'http' or $scheme = 'https') and not(contains($url, '&amp;#'))">
        <img src="{$url}" loading="lazy">
          <xsl:attribute name="alt">
            <xsl:value-of select="normalize-space((../tei:figDesc | tei:desc | ../tei:head)[1])"/>
          </xsl:attribute>
        </img>
      </xsl:when>
      <xsl:when test="$url != ''">
        <p class="graphic-path">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'image'"/>
          </xsl:call-template>
          <xsl:text>: </xsl:text>
          <code><xsl:value-of select="$url"/></code>
        </p>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- Used as the alt text of the figure's graphic. -->
  <xsl:template match="tei:figure/tei:figDesc"/>

</xsl:stylesheet>
