<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio print route (part of document.xsl): letters and archival
  documents: opener, closer, postscript, dateline, signed, salute, the
  office's or archive's lines (note type="source"), seg and idno in an
  opener, addresses and lists of addresses.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="tei">

  <!-- Letters: opener and closer are containers unless they hold running
       text; their parts are blocks of their own. -->
  <xsl:template match="tei:opener | tei:closer | tei:postscript">
    <xsl:variable name="block">
      <xsl:call-template name="block-context"/>
    </xsl:variable>
    <xsl:if test="self::tei:postscript and $block = 'yes'">\EditioPostscriptSkip&#10;</xsl:if>
    <xsl:choose>
      <xsl:when test="$block = 'yes' and text()[normalize-space()]">
        <xsl:text>\pstart\EditioFlushLeft </xsl:text>
        <xsl:call-template name="content-in-language"/>
        <xsl:text>\pend&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="* | text()[normalize-space()]"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:dateline | tei:signed | tei:salute | tei:byline | tei:docAuthor
                       | tei:docDate | tei:trailer | tei:ab | tei:speaker | tei:stage | tei:label
                       | tei:bibl | tei:docTitle | tei:titlePart">
    <xsl:variable name="block">
      <xsl:call-template name="block-context"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$block = 'yes'">
        <xsl:text>\pstart</xsl:text>
        <xsl:choose>
          <xsl:when test="self::tei:dateline or self::tei:signed or self::tei:docDate
                          or self::tei:byline">\EditioFlushRight </xsl:when>
          <xsl:otherwise>\EditioFlushLeft </xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="content-in-language"/>
        <xsl:text>\pend&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="preceding-sibling::node()[1][self::tei:dateline or self::tei:salute
                      or self::tei:signed or self::tei:address]">
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:call-template name="content-in-language"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A line of the office or the archive (note type="source": "File No.
       711.221/3468", "[Telegram]"): a small line of its own, never a
       footnote (it may stand before the heading, outside any paragraph). -->
  <xsl:template match="tei:note[@type = 'source']" priority="3">
    <xsl:variable name="block">
      <xsl:call-template name="block-context"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$block = 'yes'">
        <xsl:text>\pstart\EditioSourceLine </xsl:text>
        <xsl:call-template name="content-in-language"/>
        <xsl:text>\pend&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text> </xsl:text>
        <xsl:call-template name="content-in-language"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- seg and idno standing as parts of an opener or closer (the outgoing
       number, the classification, the addressee): each a line of its own.
       In running text: inline, as usual. -->
  <xsl:template match="tei:seg | tei:idno" priority="1">
    <xsl:variable name="block">
      <xsl:call-template name="block-context"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$block = 'yes'">
        <xsl:text>\pstart</xsl:text>
        <xsl:choose>
          <xsl:when test="self::tei:seg[@type = 'classification']">\EditioClassification </xsl:when>
          <xsl:when test="self::tei:seg[@type = 'addressee']">\EditioAddressee </xsl:when>
          <xsl:when test="self::tei:idno[@type = 'reference']">\EditioReference </xsl:when>
          <xsl:otherwise>\EditioFlushLeft </xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="content-in-language"/>
        <xsl:text>\pend&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-imports/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- list/label is printed with its item. -->
  <xsl:template match="tei:list/tei:label"/>

  <xsl:template match="tei:address">
    <xsl:variable name="block">
      <xsl:call-template name="block-context"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$block = 'yes'">
        <xsl:for-each select="*">
          <xsl:text>\pstart\EditioFlushLeft </xsl:text>
          <xsl:apply-templates/>
          <xsl:text>\pend&#10;</xsl:text>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="content-in-language"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
