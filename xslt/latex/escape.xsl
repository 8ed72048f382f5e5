<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio print route (part of common.xsl): the ONE place where text becomes
  LaTeX. latex-escape (named template) and every text node through it;
  latex-string for attribute values and other strings.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="tei">

  <!-- Characters that cannot go to LaTeX verbatim. [ and ] are braced so
       that text can never be read as an optional argument (\pstart, \\ …);
       the space-like characters get their TeX equivalents. -->
  <xsl:variable name="latex-specials"
                select="'\{}$&amp;#^_%~[]&#xA0;&#xAD;&#x200B;&#x2009;&#x202F;'"/>
  <!-- Same length as $latex-specials, every special mapped to the first one. -->
  <xsl:variable name="latex-markers"
                select="'\\\\\\\\\\\\\\\\\\\\'"/>
  <!-- Longer strings with specials are halved first, which keeps the
       recursion depth below this bound plus log2(length). -->
  <xsl:variable name="latex-escape-chunk" select="256"/>

  <!--
    latex-escape: returns $text with every LaTeX special escaped.
    A string without specials is returned at once (one translate()); else
    the prefix up to the first special is copied in one piece, the special
    replaced, and the rest handled recursively: one step per special, never
    one per character.
  -->
  <xsl:template name="latex-escape">
    <xsl:param name="text" select="."/>
    <xsl:choose>
      <xsl:when test="translate($text, $latex-specials, '') = $text">
        <xsl:value-of select="$text"/>
      </xsl:when>
      <xsl:when test="string-length($text) &gt; $latex-escape-chunk">
        <xsl:variable name="half" select="floor(string-length($text) div 2)"/>
        <xsl:call-template name="latex-escape">
          <xsl:with-param name="text" select="substring($text, 1, $half)"/>
        </xsl:call-template>
        <xsl:call-template name="latex-escape">
          <xsl:with-param name="text" select="substring($text, $half + 1)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="n" select="string-length(substring-before(
            translate($text, $latex-specials, $latex-markers), '\'))"/>
        <xsl:value-of select="substring($text, 1, $n)"/>
        <xsl:call-template name="latex-escape-char">
          <xsl:with-param name="c" select="substring($text, $n + 1, 1)"/>
        </xsl:call-template>
        <xsl:call-template name="latex-escape">
          <xsl:with-param name="text" select="substring($text, $n + 2)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="latex-escape-char">
    <xsl:param name="c"/>
    <xsl:choose>
      <xsl:when test="$c = '\'">\textbackslash{}</xsl:when>
      <xsl:when test="$c = '{'">\{</xsl:when>
      <xsl:when test="$c = '}'">\}</xsl:when>
      <xsl:when test="$c = '$'">\$</xsl:when>
      <xsl:when test="$c = '&amp;'">\&amp;</xsl:when>
      <xsl:when test="$c = '#'">\#</xsl:when>
      <xsl:when test="$c = '^'">\textasciicircum{}</xsl:when>
      <xsl:when test="$c = '_'">\_</xsl:when>
      <xsl:when test="$c = '%'">\%</xsl:when>
      <xsl:when test="$c = '~'">\textasciitilde{}</xsl:when>
      <xsl:when test="$c = '['">{[}</xsl:when>
      <xsl:when test="$c = ']'">{]}</xsl:when>
      <xsl:when test="$c = '&#xA0;'">~</xsl:when>
      <xsl:when test="$c = '&#xAD;'">\-</xsl:when>
      <xsl:when test="$c = '&#x200B;'">\hspace{0pt}</xsl:when>
      <xsl:when test="$c = '&#x2009;'">\thinspace{}</xsl:when>
      <xsl:when test="$c = '&#x202F;'">\,</xsl:when>
      <xsl:otherwise><xsl:value-of select="$c"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Every text node. Line ends and tabs become spaces: a blank line in a
       text node must never turn into \par inside \pstart … \pend. -->
  <xsl:template match="text()">
    <xsl:call-template name="latex-escape">
      <xsl:with-param name="text" select="translate(., '&#9;&#10;&#13;', '   ')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- An attribute value or other string, escaped and on one line. -->
  <xsl:template name="latex-string">
    <xsl:param name="s"/>
    <xsl:call-template name="latex-escape">
      <xsl:with-param name="text" select="normalize-space($s)"/>
    </xsl:call-template>
  </xsl:template>


  <!-- A URL, printed as text: escaped as any other text (latex-escape), not
       put in \url, which reads its argument verbatim only where it is not
       inside another command's argument: there TeX's ^^5c notation, % and #
       would act ("^^5c^^7d^^5cinput{/etc/passwd}" would close the group and
       read a file). A line may break after each '/' (after the first
       $breaks of them). -->
  <xsl:template name="url-text">
    <xsl:param name="s"/>
    <xsl:param name="breaks" select="64"/>
    <xsl:choose>
      <xsl:when test="contains($s, '/') and $breaks &gt; 0">
        <xsl:call-template name="latex-escape">
          <xsl:with-param name="text" select="substring-before($s, '/')"/>
        </xsl:call-template>
        <xsl:text>/\allowbreak{}</xsl:text>
        <xsl:call-template name="url-text">
          <xsl:with-param name="s" select="substring-after($s, '/')"/>
          <xsl:with-param name="breaks" select="$breaks - 1"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="latex-escape">
          <xsl:with-param name="text" select="$s"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
