<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio print route (part of document.xsl): the other blocks of the TEI
  core module: lists, block quotations, verse, tables; text where only
  blocks may go, and every text node in its own \pstart where needed.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="tei">

  <!-- Lists: one line-numbered block per item, label hanging left. -->
  <xsl:template match="tei:list">
    <xsl:call-template name="leave-paragraph"/>
    <xsl:apply-templates select="tei:head | tei:item"/>
    <xsl:call-template name="reenter-paragraph"/>
  </xsl:template>

  <xsl:template match="tei:item">
    <xsl:call-template name="item-start"/>
    <xsl:text>{</xsl:text>
    <xsl:call-template name="item-label"/>
    <xsl:text>}%&#10;</xsl:text>
    <xsl:call-template name="block-content"/>
    <xsl:text>&#10;\pend&#10;</xsl:text>
  </xsl:template>

  <!-- A list of addresses: an item of addresses only is one indented line
       per addrLine (per address without lines), with a little space
       between the addresses. -->
  <xsl:template match="tei:list[@type = 'addresses']/tei:item
                       [tei:address][not(*[not(self::tei:address)])][not(text()[normalize-space()])]"
                priority="2">
    <xsl:for-each select="tei:address">
      <xsl:if test="position() &gt; 1 or ../preceding-sibling::tei:item">\EditioAddressSkip&#10;</xsl:if>
      <xsl:choose>
        <xsl:when test="tei:addrLine">
          <xsl:for-each select="tei:addrLine">
            <xsl:text>\pstart\EditioAddressLine </xsl:text>
            <xsl:call-template name="content-in-language"/>
            <xsl:text>\pend&#10;</xsl:text>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <xsl:text>\pstart\EditioAddressLine </xsl:text>
          <xsl:call-template name="content-in-language"/>
          <xsl:text>\pend&#10;</xsl:text>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- "\pstart\EditioItem[depth]", depth = how deeply the list is nested;
       the caller adds the {label}. -->
  <xsl:template name="item-start">
    <xsl:text>\pstart\EditioItem</xsl:text>
    <xsl:variable name="depth" select="count(ancestor::tei:list[not(ancestor::tei:note)])"/>
    <xsl:if test="$depth &gt; 1">
      <xsl:value-of select="concat('[', $depth, ']')"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="item-label">
    <xsl:variable name="type" select="translate(concat(../@type, ' ', ../@rend),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:choose>
      <xsl:when test="preceding-sibling::*[1][self::tei:label]">
        <xsl:apply-templates select="preceding-sibling::*[1]/node()"/>
      </xsl:when>
      <xsl:when test="contains($type, 'ordered') and not(contains($type, 'unordered'))
                      or contains($type, 'numbered')">
        <xsl:choose>
          <xsl:when test="@n">
            <xsl:call-template name="latex-string">
              <xsl:with-param name="s" select="@n"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="count(preceding-sibling::tei:item) + 1"/>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:text>.</xsl:text>
      </xsl:when>
      <xsl:when test="contains($type, 'bullet') or contains($type, 'unordered')">–</xsl:when>
      <xsl:otherwise/>
    </xsl:choose>
  </xsl:template>

  <!-- Block quotations: their paragraphs indented on both sides. -->
  <xsl:template match="tei:quote[tei:p or tei:lg or tei:l]">
    <xsl:call-template name="leave-paragraph"/>
    <xsl:apply-templates select="* | text()[normalize-space()]"/>
    <xsl:call-template name="reenter-paragraph"/>
  </xsl:template>

  <!-- A quote standing alone between blocks, without paragraphs. -->
  <xsl:template match="tei:quote[not(tei:p or tei:lg or tei:l)]">
    <xsl:variable name="block">
      <xsl:call-template name="block-context"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$block = 'yes'">
        <xsl:text>\pstart\EditioQuoteStart%&#10;</xsl:text>
        <xsl:call-template name="content-in-language"/>
        <xsl:text>&#10;\pend&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="content-in-language"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Verse: a numbered line per l. -->
  <xsl:template match="tei:lg">
    <xsl:call-template name="leave-paragraph"/>
    <xsl:apply-templates/>
    <xsl:call-template name="reenter-paragraph"/>
  </xsl:template>

  <xsl:template match="tei:l">
    <xsl:text>\pstart\EditioVerse </xsl:text>
    <xsl:call-template name="content-in-language"/>
    <xsl:text>\pend&#10;</xsl:text>
  </xsl:template>

  <!-- Tables: a tabular between the numbered paragraphs (reledmac allows
       none inside \pstart ... \pend), as many equal columns as the
       longest row has cells, the header cells (a row or a cell with
       role="label") in bold; its head, if any, centred in italics above.
       Its lines are not numbered. A table with a note in a cell is set as
       numbered lines instead, one per row (below): a footnote inside a
       tabular would be lost. -->
  <xsl:template match="tei:table[not(ancestor::tei:note)][not(.//tei:note)]">
    <xsl:call-template name="leave-paragraph"/>
    <xsl:for-each select="tei:head">
      <xsl:text>\EditioTableCaption{</xsl:text>
      <xsl:call-template name="content-in-language"/>
      <xsl:text>}&#10;</xsl:text>
    </xsl:for-each>
    <xsl:variable name="columns">
      <xsl:for-each select="tei:row">
        <xsl:sort select="count(tei:cell)" data-type="number" order="descending"/>
        <xsl:if test="position() = 1"><xsl:value-of select="count(tei:cell)"/></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:if test="number($columns) &gt; 0">
      <xsl:value-of select="concat('\begin{EditioTable}{', $columns, '}&#10;')"/>
      <xsl:for-each select="tei:row">
        <xsl:for-each select="tei:cell">
          <xsl:if test="position() &gt; 1"> &amp; </xsl:if>
          <xsl:choose>
            <xsl:when test="@role = 'label' or ../@role = 'label'">
              <xsl:text>\EditioHeaderCell{</xsl:text>
              <xsl:call-template name="content-in-language"/>
              <xsl:text>}</xsl:text>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="content-in-language"/>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
        <xsl:text> \\&#10;</xsl:text>
      </xsl:for-each>
      <xsl:text>\end{EditioTable}&#10;</xsl:text>
    </xsl:if>
    <xsl:call-template name="reenter-paragraph"/>
  </xsl:template>

  <xsl:template match="tei:table[not(ancestor::tei:note)][.//tei:note]">
    <xsl:call-template name="leave-paragraph"/>
    <xsl:apply-templates select="tei:head | tei:row"/>
    <xsl:call-template name="reenter-paragraph"/>
  </xsl:template>

  <xsl:template match="tei:row">
    <xsl:text>\pstart\noindent </xsl:text>
    <xsl:apply-templates/>
    <xsl:text>\pend&#10;</xsl:text>
  </xsl:template>

  <!-- Figures: a numbered paragraph of the caption (its names, dates and
       notes as in any paragraph), centred in italics, with the image's
       address below it; the image is not printed. -->
  <xsl:template match="tei:figure[not(ancestor::tei:note)]">
    <xsl:call-template name="leave-paragraph"/>
    <xsl:text>\pstart\EditioFigure{</xsl:text>
    <xsl:for-each select="tei:head">
      <xsl:call-template name="content-in-language"/>
    </xsl:for-each>
    <xsl:text>}{</xsl:text>
    <xsl:call-template name="url-text">
      <xsl:with-param name="s" select="normalize-space(tei:graphic/@url)"/>
    </xsl:call-template>
    <xsl:text>}\pend&#10;</xsl:text>
    <xsl:call-template name="reenter-paragraph"/>
  </xsl:template>

  <!-- Stray text where only blocks may go. -->
  <xsl:template match="text()[normalize-space()][parent::tei:body or parent::tei:div
                       or parent::tei:front or parent::tei:back or parent::tei:text]">
    <xsl:text>\pstart </xsl:text>
    <editio-text><xsl:apply-imports/></editio-text>
    <xsl:text>\pend&#10;</xsl:text>
  </xsl:template>

  <!-- The text of every text node goes into an element of its own in the
       result tree (the text output method writes only the text, so the
       output is the same). libxslt appends output to the result's last text
       node, and once a variable has been built (most templates build one)
       it measures and copies that whole node for the next append: were the
       result one text node, every element of the TEI would cost the length
       of the output so far, time quadratic in a long paragraph (and in a
       document). With the source's text in elements of their own, the text
       nodes between them hold only the markup of one element or a few. -->
  <xsl:template match="text()">
    <editio-text><xsl:apply-imports/></editio-text>
  </xsl:template>

</xsl:stylesheet>
