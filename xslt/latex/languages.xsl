<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio print route (part of common.xsl): languages. lang-name (BCP 47 code
  to polyglossia name), main-language, document-languages, lang-switch and
  content-in-language (\textlang around text in another language).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="tei">

  <!-- BCP 47 code (any case, any subtags) → polyglossia name, or '' if this
       print route does not know the language (then no switch is made). -->
  <xsl:template name="lang-name">
    <xsl:param name="code"/>
    <xsl:variable name="c" select="translate(substring-before(concat(normalize-space($code), '-'), '-'),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:choose>
      <xsl:when test="$c = 'en'">english</xsl:when>
      <xsl:when test="$c = 'ru'">russian</xsl:when>
      <xsl:when test="$c = 'uk'">ukrainian</xsl:when>
      <xsl:when test="$c = 'be'">belarusian</xsl:when>
      <xsl:when test="$c = 'de'">german</xsl:when>
      <xsl:when test="$c = 'fr'">french</xsl:when>
      <xsl:when test="$c = 'it'">italian</xsl:when>
      <xsl:when test="$c = 'es'">spanish</xsl:when>
      <xsl:when test="$c = 'pl'">polish</xsl:when>
      <xsl:when test="$c = 'cs'">czech</xsl:when>
      <xsl:when test="$c = 'la'">latin</xsl:when>
      <xsl:otherwise/>
    </xsl:choose>
  </xsl:template>

  <!-- Polyglossia name of the document's main language (TEI/@xml:lang),
       english when absent or unknown. -->
  <xsl:template name="main-language">
    <xsl:variable name="m">
      <xsl:call-template name="lang-name">
        <xsl:with-param name="code" select="/tei:TEI/@xml:lang"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="string($m) != ''"><xsl:value-of select="$m"/></xsl:when>
      <xsl:otherwise>english</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Comma-separated polyglossia names for this document: the main
       language first, then english and russian (always loaded, so that a
       mixed Russian/English text hyphenates both), then every other known
       language found in tei:text//@xml:lang. No duplicates. -->
  <xsl:template name="document-languages">
    <xsl:variable name="main">
      <xsl:call-template name="main-language"/>
    </xsl:variable>
    <xsl:variable name="base">
      <xsl:value-of select="$main"/>
      <xsl:if test="$main != 'english'">,english</xsl:if>
      <xsl:if test="$main != 'russian'">,russian</xsl:if>
    </xsl:variable>
    <xsl:call-template name="add-languages">
      <xsl:with-param name="acc" select="string($base)"/>
      <xsl:with-param name="codes"
        select="//tei:text//@xml:lang[generate-id(.) = generate-id(key('editio-lang',
                 translate(substring-before(concat(., '-'), '-'),
                 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'))[1])]"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="add-languages">
    <xsl:param name="acc"/>
    <xsl:param name="codes"/>
    <xsl:choose>
      <xsl:when test="not($codes)"><xsl:value-of select="$acc"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="name">
          <xsl:call-template name="lang-name">
            <xsl:with-param name="code" select="$codes[1]"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:call-template name="add-languages">
          <xsl:with-param name="acc">
            <xsl:value-of select="$acc"/>
            <xsl:if test="$name != '' and not(contains(concat(',', $acc, ','), concat(',', $name, ',')))">
              <xsl:value-of select="concat(',', $name)"/>
            </xsl:if>
          </xsl:with-param>
          <xsl:with-param name="codes" select="$codes[position() &gt; 1]"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Polyglossia name of an element's own @xml:lang when it differs from the
       language in force around it; '' when no switch is needed. -->
  <xsl:template name="lang-switch">
    <xsl:if test="@xml:lang">
      <xsl:variable name="mine">
        <xsl:call-template name="lang-name">
          <xsl:with-param name="code" select="@xml:lang"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:variable name="outer">
        <xsl:call-template name="lang-name">
          <xsl:with-param name="code" select="ancestor::*[@xml:lang][1]/@xml:lang"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:if test="$mine != $outer">
        <xsl:value-of select="$mine"/>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- Content of the current element, wrapped in \textlang when its
       @xml:lang differs from its surroundings. -->
  <xsl:template name="content-in-language">
    <xsl:variable name="lang">
      <xsl:call-template name="lang-switch"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="string($lang) != ''">
        <xsl:value-of select="concat('\textlang{', $lang, '}{')"/>
        <xsl:apply-templates/>
        <xsl:text>}</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
