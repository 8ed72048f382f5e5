<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio print route (part of common.xsl): the editor's interventions, in
  the apparatus (\edtext, series B) or inline as $corrections says: choice,
  sic, gap, supplied, del; which notes are the editor's (is-editorial-note)
  and which merge into a choice's entry (note-merged).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="tei">

  <!-- Apparatus-worthy readings: \edtext needs numbered text that is not
       inside a note (reledmac supports neither in notes nor outside
       \beginnumbering); elsewhere the alternative reading is bracketed.
       Headings are numbered text too (reledmac's \eledsection takes
       \edtext). -->
  <xsl:template name="in-apparatus-context">
    <xsl:if test="ancestor::tei:text and not(ancestor::tei:note)">yes</xsl:if>
  </xsl:template>

  <!-- choice: the edited reading (corr, reg, expan) in the text, the source
       reading (sic, orig, abbr) in the editor's apparatus (series B), keyed
       to the line: "12 Petersburg] Petrsburg source". In a note, where
       reledmac has no apparatus, or with corrections='inline':
       "Petersburg [Petrsburg source]"; with corrections='silent' only
       "Petersburg". With targeted-notes='merge', the editor's notes that
       point to the choice follow the source's reading in its entry. -->
  <xsl:template match="tei:choice">
    <xsl:variable name="edited" select="(tei:corr | tei:reg | tei:expan)[1]"/>
    <xsl:variable name="source" select="(tei:sic | tei:orig | tei:abbr)[1]"/>
    <xsl:variable name="app">
      <xsl:call-template name="in-apparatus-context"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$edited and $source and $app = 'yes' and $corrections = 'apparatus'">
        <xsl:text>\edtext{</xsl:text>
        <xsl:apply-templates select="$edited/node()"/>
        <xsl:text>}{\Bfootnote{</xsl:text>
        <xsl:apply-templates select="$source/node()"/>
        <xsl:apply-templates select="$source" mode="apparatus-label"/>
        <xsl:if test="@xml:id">
          <xsl:for-each select="key('editio-note-target', @xml:id)">
            <xsl:variable name="merged">
              <xsl:call-template name="note-merged"/>
            </xsl:variable>
            <xsl:if test="$merged = 'yes'">
              <xsl:text>. {\EditioInCriticalNote </xsl:text>
              <xsl:call-template name="content-in-language"/>
              <xsl:text>}</xsl:text>
            </xsl:if>
          </xsl:for-each>
        </xsl:if>
        <xsl:text>}}</xsl:text>
      </xsl:when>
      <xsl:when test="$edited and $corrections = 'silent'">
        <xsl:apply-templates select="$edited/node()"/>
      </xsl:when>
      <xsl:when test="$edited and $source">
        <xsl:apply-templates select="$edited/node()"/>
        <xsl:text> {[}</xsl:text>
        <xsl:apply-templates select="$source/node()"/>
        <xsl:apply-templates select="$source" mode="apparatus-label"/>
        <xsl:text>{]}</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 'yes' when the context note (an editor's note) is printed in the
       apparatus entry of the choice its @target points to, not on its own:
       with targeted-notes='merge', when that choice is set in the apparatus. -->
  <xsl:template name="note-merged">
    <xsl:if test="$targeted-notes = 'merge' and $corrections = 'apparatus'
                  and ancestor::tei:text and not(ancestor::tei:note)
                  and starts-with(normalize-space(@target), '#')
                  and not(contains(normalize-space(@target), ' '))">
      <xsl:variable name="editorial">
        <xsl:call-template name="is-editorial-note"/>
      </xsl:variable>
      <xsl:variable name="choice"
          select="key('editio-id', substring-after(normalize-space(@target), '#'))
                  [self::tei:choice][ancestor::tei:text and not(ancestor::tei:note)]
                  [tei:corr or tei:reg or tei:expan][tei:sic or tei:orig or tei:abbr]"/>
      <xsl:if test="$editorial = 'yes' and $choice">yes</xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- 'yes' for the editor's notes: @resp names an <editor> of this
       edition (not the source's, in sourceDesc), or #ed, or @type says so. -->
  <xsl:template name="is-editorial-note">
    <xsl:variable name="resp" select="concat(' ', normalize-space(@resp), ' ')"/>
    <xsl:if test="contains($resp, ' #ed ')
                  or @type = 'editorial' or @type = 'editor'
                  or /tei:TEI/tei:teiHeader//tei:editor[@xml:id][not(ancestor::tei:sourceDesc)]
                       [contains($resp, concat(' #', @xml:id, ' '))]">yes</xsl:if>
  </xsl:template>

  <!-- After the source's reading, like a siglum. -->
  <xsl:template match="tei:sic" mode="apparatus-label"> \EditioLabel{\EditioLabelSourceReads}</xsl:template>
  <xsl:template match="tei:orig" mode="apparatus-label"> \EditioLabel{\EditioLabelSourceReads}</xsl:template>
  <xsl:template match="tei:abbr" mode="apparatus-label"> \EditioLabel{abbr.}</xsl:template>
  <xsl:template match="*" mode="apparatus-label"/>

  <!-- sic on its own: the reading stands, flagged. -->
  <xsl:template match="tei:sic">
    <xsl:apply-templates/>
    <xsl:text> {[}\EditioLabel{sic}{]}</xsl:text>
  </xsl:template>

  <!-- gap: an ellipsis in brackets; its desc, or else its reason and
       extent, in the apparatus ("12 […] The page is torn off." /
       "12 […] ] gap illegible 2 words"). -->
  <xsl:template match="tei:gap">
    <xsl:variable name="app">
      <xsl:call-template name="in-apparatus-context"/>
    </xsl:variable>
    <xsl:variable name="why">
      <xsl:apply-templates select="tei:desc/node()"/>
      <xsl:if test="not(tei:desc)">
        <xsl:call-template name="latex-string">
          <xsl:with-param name="s" select="normalize-space(concat(@reason, ' ', @quantity, ' ', @unit, ' ', @extent))"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$app = 'yes' and tei:desc and string($why) != ''">
        <xsl:value-of select="concat('\edtext{\EditioGap}{\Bfootnote[nosep]{', $why, '}}')"/>
      </xsl:when>
      <xsl:when test="$app = 'yes' and string($why) != ''">
        <xsl:value-of select="concat('\edtext{\EditioGap}{\Bfootnote{\EditioLabel{gap} ', $why, '}}')"/>
      </xsl:when>
      <xsl:when test="string($why) != ''">
        <xsl:value-of select="concat('\EditioGap\ {[}\EditioLabel{gap} ', $why, '{]}')"/>
      </xsl:when>
      <xsl:otherwise>\EditioGap{}</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:supplied">
    <xsl:text>{[}</xsl:text>
    <xsl:apply-templates/>
    <xsl:text>{]}</xsl:text>
  </xsl:template>

  <!-- del: kept in the apparatus, or bracketed where there is none. -->
  <xsl:template match="tei:del">
    <xsl:variable name="app">
      <xsl:call-template name="in-apparatus-context"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$app = 'yes'">
        <xsl:text>\edtext{}{\Bfootnote[nosep]{\EditioLabel{del.} </xsl:text>
        <xsl:apply-templates/>
        <xsl:text>}}</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>{[}\EditioLabel{del.} </xsl:text>
        <xsl:apply-templates/>
        <xsl:text>{]}</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
