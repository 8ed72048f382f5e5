<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio print route (part of document.xsl): the structure of the text, each
  block one reledmac \pstart … \pend: text, body, front, back, div (the
  publication's headnote and colophon), p, head; leaving and re-entering a
  paragraph around a block.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="tei">

  <!-- A block inside a <p> or an <item> (list, verse, block quote, table)
       ends that \pstart; the rest of it continues as a new one, unindented
       (in an item: at the item's indent, without a label). -->
  <xsl:template name="leave-paragraph">
    <xsl:if test="parent::*[self::tei:p or self::tei:item] and not(ancestor::tei:note)">
      <xsl:text>\pend&#10;</xsl:text>
    </xsl:if>
  </xsl:template>
  <xsl:template name="reenter-paragraph">
    <xsl:if test="parent::*[self::tei:p or self::tei:item] and not(ancestor::tei:note)
                  and following-sibling::node()[self::* or normalize-space()]">
      <xsl:choose>
        <xsl:when test="parent::tei:item">
          <xsl:for-each select="..">
            <xsl:call-template name="item-start"/>
          </xsl:for-each>
          <xsl:text>{}\ignorespaces </xsl:text>
        </xsl:when>
        <xsl:otherwise>\pstart\noindent\ignorespaces </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- Elements whose content may hold a block (and so must not be wrapped
       in \textlang, which cannot span a \pend). -->
  <xsl:template name="holds-blocks">
    <xsl:if test="tei:list | tei:lg | tei:table | tei:quote[tei:p or tei:lg or tei:l]
                  | self::tei:item[tei:p]">yes</xsl:if>
  </xsl:template>

  <xsl:template match="tei:text | tei:body | tei:front | tei:back | tei:group
                       | tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5
                       | tei:div6 | tei:div7">
    <!-- A text without a heading after another text (a testimony after a
         memorandum): a space between them. -->
    <xsl:if test="not(self::tei:text or self::tei:body or self::tei:front or self::tei:back
                      or self::tei:group)
                  and not(tei:head) and not(ancestor::tei:note)
                  and preceding-sibling::*[1][self::tei:div or self::tei:div1 or self::tei:div2
                      or self::tei:div3 or self::tei:div4 or self::tei:div5 or self::tei:div6
                      or self::tei:div7]">\EditioTextSkip&#10;</xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- The publication's headnote (front) and colophon (back): numbered
       paragraphs, set smaller. -->
  <xsl:template match="tei:div[@type = 'headnote'] | tei:div[@type = 'colophon']" priority="1">
    <xsl:choose>
      <xsl:when test="@type = 'colophon'">\EditioColophonBegin&#10;</xsl:when>
      <xsl:otherwise>\EditioHeadnoteBegin&#10;</xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates/>
    <xsl:choose>
      <xsl:when test="@type = 'colophon'">\EditioColophonEnd&#10;</xsl:when>
      <xsl:otherwise>\EditioHeadnoteEnd&#10;</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:p">
    <xsl:text>\pstart</xsl:text>
    <xsl:if test="parent::tei:quote">
      <xsl:choose>
        <xsl:when test="preceding-sibling::*">\EditioQuote</xsl:when>
        <xsl:otherwise>\EditioQuoteStart</xsl:otherwise>
      </xsl:choose>
    </xsl:if>
    <xsl:if test="@n">
      <xsl:text>\EditioParNum{</xsl:text>
      <xsl:call-template name="latex-string">
        <xsl:with-param name="s" select="@n"/>
      </xsl:call-template>
      <xsl:text>}</xsl:text>
    </xsl:if>
    <xsl:text>%&#10;</xsl:text>
    <xsl:call-template name="block-content"/>
    <xsl:text>&#10;\pend&#10;</xsl:text>
  </xsl:template>

  <!-- Content of a p or item: in its language, unless it holds blocks. -->
  <xsl:template name="block-content">
    <xsl:variable name="blocks">
      <xsl:call-template name="holds-blocks"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$blocks = 'yes'">
        <xsl:apply-templates/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="content-in-language"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A p where a \pstart is already open (in a head, verse line, table
       row or label): run on. -->
  <xsl:template match="tei:head//tei:p | tei:l//tei:p | tei:row//tei:p | tei:label//tei:p" priority="2">
    <xsl:if test="preceding-sibling::node()[self::* or normalize-space()]">
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:call-template name="content-in-language"/>
  </xsl:template>

  <!-- The paragraphs of an item: the first starts the item, each further
       one is a new numbered block at the item's indent. -->
  <xsl:template match="tei:item/tei:p" priority="2">
    <xsl:if test="preceding-sibling::node()[self::* or normalize-space()]">
      <xsl:text>&#10;\pend&#10;</xsl:text>
      <xsl:for-each select="..">
        <xsl:call-template name="item-start"/>
      </xsl:for-each>
      <xsl:text>{}%&#10;</xsl:text>
    </xsl:if>
    <xsl:call-template name="block-content"/>
  </xsl:template>

  <!-- Heads: reledmac's sectioning inside \pstart … \pend keeps the line
       numbering; the source's numbering is in the text, so starred. A head
       the editor supplied is bracketed; the heading of a headnote or
       colophon is set with it. -->
  <xsl:template match="tei:head">
    <xsl:variable name="depth" select="count(ancestor::*[self::tei:div or self::tei:div1
        or self::tei:div2 or self::tei:div3 or self::tei:div4 or self::tei:div5
        or self::tei:div6 or self::tei:div7])"/>
    <xsl:text>\pstart</xsl:text>
    <xsl:choose>
      <xsl:when test="parent::tei:div[@type = 'headnote' or @type = 'colophon']">\EditioHeadnoteHead{</xsl:when>
      <xsl:when test="parent::*[self::tei:div or self::tei:div1 or self::tei:div2
          or self::tei:div3 or self::tei:div4 or self::tei:div5 or self::tei:div6
          or self::tei:div7 or self::tei:body or self::tei:front or self::tei:back]">
        <xsl:choose>
          <xsl:when test="$depth &lt;= 1">\eledsection*{</xsl:when>
          <xsl:when test="$depth = 2">\eledsubsection*{</xsl:when>
          <xsl:otherwise>\eledsubsubsection*{</xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>\EditioMinorHead{</xsl:otherwise>
    </xsl:choose>
    <xsl:if test="@type = 'supplied'">\EditioSupplied{</xsl:if>
    <xsl:call-template name="content-in-language"/>
    <xsl:if test="@type = 'supplied'">}</xsl:if>
    <xsl:text>}\pend&#10;</xsl:text>
  </xsl:template>

</xsl:stylesheet>
