<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio HTML, document pages: the structure of the text (TEI textstructure:
  text, body, front, back, div; with their heads) (part of document.xsl).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:libxslt="http://xmlsoft.org/XSLT/namespace"
    exclude-result-prefixes="tei libxslt">

  <!-- The HTML heading level of a top-level division's head: 2 (default;
       h1 is the document title) to 6; each level of headed divisions below
       it one more, at most h6. -->
  <xsl:param name="top-heading-level" select="2"/>

  <!-- Structure ........................................................ -->

  <xsl:template match="tei:text">
    <div class="tei-text">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="tei:body">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:front | tei:back">
    <xsl:if test="text()[normalize-space()]
                  | *[not(self::tei:note) or @type = 'headnote']
                     [not(self::tei:div[not(*[not(self::tei:note) or @type = 'headnote'])])]">
      <div class="{local-name()}">
        <xsl:call-template name="lang-attr"/>
        <xsl:apply-templates/>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- A div holding nothing but uncalled notes (e.g. back/div[@type='notes'])
       leaves no trace in the text: its notes are listed with the others. -->
  <xsl:template match="tei:div[not(*[not(self::tei:note) or @type = 'headnote']) and not(text()[normalize-space()])]"/>

  <!-- A headed div is a <section>; a headless one a plain <div>. -->
  <xsl:template match="tei:div">
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="tei:head">section</xsl:when>
        <xsl:otherwise>div</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:attribute name="id"><xsl:call-template name="div-id"/></xsl:attribute>
      <xsl:attribute name="class">
        <xsl:text>div</xsl:text>
        <xsl:if test="@type"><xsl:value-of select="concat(' div-', @type)"/></xsl:if>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- div/@xml:id, else a stable id from the div's position: sec-2-1 is the
       first div of the second div of the body (front-…, back-… likewise). -->
  <xsl:template name="div-id">
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:otherwise>
        <xsl:choose>
          <xsl:when test="ancestor::tei:front">front-</xsl:when>
          <xsl:when test="ancestor::tei:back">back-</xsl:when>
          <xsl:otherwise>sec-</xsl:otherwise>
        </xsl:choose>
        <xsl:for-each select="ancestor-or-self::tei:div">
          <xsl:if test="position() &gt; 1">-</xsl:if>
          <xsl:variable name="div" select="generate-id()"/>
          <xsl:for-each select="libxslt:node-set($div-positions)">
            <xsl:value-of select="key('div-position', $div)/@n"/>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Each div's position among the divs of its parent, <d g="{generate-id()}" n="2"/>,
       found by key: counting its preceding siblings for each div (as xsl:number
       does) takes time quadratic in the number of sibling divs. (node-set()
       of libxslt, the processor Editio runs, registered by it.) -->
  <xsl:key name="div-position" match="d" use="@g"/>
  <xsl:variable name="div-positions">
    <xsl:for-each select="//*[tei:div]">
      <xsl:for-each select="tei:div">
        <d g="{generate-id()}" n="{position()}"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:variable>

  <!-- h2 (see top-heading-level) for a top-level division, h3 below it,
       ... at most h6. Headless divs do not add a level. -->
  <xsl:template match="tei:div/tei:head">
    <xsl:variable name="depth" select="count(ancestor::tei:div[tei:head])"/>
    <xsl:variable name="level">
      <xsl:choose>
        <xsl:when test="$depth + $top-heading-level - 1 &lt; 6">
          <xsl:value-of select="$depth + $top-heading-level - 1"/>
        </xsl:when>
        <xsl:otherwise>6</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="h{$level}">
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:attribute name="class">
        <xsl:text>head</xsl:text>
        <xsl:if test="@type = 'supplied'"> head-supplied</xsl:if>
        <xsl:call-template name="rend-classes"/>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <xsl:call-template name="head-content"/>
    </xsl:element>
  </xsl:template>

  <!-- A heading the editor supplied (head type="supplied") stands in square
       brackets, titled "supplied by the editor". -->
  <xsl:template name="head-content">
    <xsl:choose>
      <xsl:when test="@type = 'supplied'">
        <xsl:attribute name="title">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'supplied'"/>
          </xsl:call-template>
        </xsl:attribute>
        <xsl:value-of select="$supplied-open"/>
        <xsl:apply-templates/>
        <xsl:value-of select="$supplied-close"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Heads of lists, line groups and the like (tables and figures have
       their own caption templates). -->
  <xsl:template match="tei:head">
    <p>
      <xsl:attribute name="class">
        <xsl:text>head</xsl:text>
        <xsl:if test="@type = 'supplied'"> head-supplied</xsl:if>
      </xsl:attribute>
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:call-template name="head-content"/>
    </p>
  </xsl:template>

</xsl:stylesheet>
