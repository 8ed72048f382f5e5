<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio print route (part of document.xsl): notes: the source's
  (\footnoteA), the editor's (\footnoteB, lettered, or the apparatus),
  insertions of earlier hands, headnotes, notes without a call, and the
  blocks inside a note. Included after letters.xsl: an uncalled
  note type="source" is printed as an uncalled note (same priority, the
  later template wins).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="tei">

  <!-- Insertions of earlier editors or translators by their @resp. -->
  <xsl:key name="editio-insertion" match="tei:text//tei:note[@type = 'insertion'][@place = 'inline']"
           use="normalize-space(@resp)"/>

  <!-- is-editorial-note and note-merged: common.xsl. -->
  <xsl:template match="tei:note">
    <xsl:call-template name="note"/>
  </xsl:template>

  <xsl:template name="note">
    <xsl:variable name="editorial">
      <xsl:call-template name="is-editorial-note"/>
    </xsl:variable>
    <xsl:variable name="merged">
      <xsl:call-template name="note-merged"/>
    </xsl:variable>
    <xsl:choose>
      <!-- Printed in the apparatus entry of the choice it points to. -->
      <xsl:when test="$merged = 'yes'"/>
      <!-- In a note, or outside the numbered text (a header citation):
           run on in parentheses; reledmac has no note there. -->
      <xsl:when test="ancestor::tei:note or not(ancestor::tei:text)">
        <xsl:text> (</xsl:text>
        <xsl:call-template name="note-content"/>
        <xsl:text>)</xsl:text>
      </xsl:when>
      <xsl:when test="$editorial = 'yes' and $editor-notes = 'apparatus'">
        <xsl:text>\edtext{}{\Bfootnote[nosep]{{\EditioInCriticalNote </xsl:text>
        <xsl:call-template name="note-content"/>
        <xsl:text>}}}</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:choose>
          <xsl:when test="$editorial = 'yes'">\footnoteB</xsl:when>
          <xsl:otherwise>\footnoteA</xsl:otherwise>
        </xsl:choose>
        <xsl:choose>
          <xsl:when test="normalize-space(@n) != ''">
            <xsl:text>[</xsl:text>
            <xsl:call-template name="latex-string">
              <xsl:with-param name="s" select="@n"/>
            </xsl:call-template>
            <xsl:text>]</xsl:text>
          </xsl:when>
          <!-- An editor's note without @n: lettered by its place among the
               editor's notes printed as such (reledmac's counter would not
               count the ones marked with their @n). -->
          <xsl:when test="$editorial = 'yes'">
            <xsl:variable name="before">
              <xsl:for-each select="preceding::tei:note[ancestor::tei:text][not(ancestor::tei:note)]">
                <xsl:call-template name="lettered-note"/>
              </xsl:for-each>
            </xsl:variable>
            <xsl:value-of select="concat('[\EditioNoteLetter{', string-length($before) + 1, '}]')"/>
          </xsl:when>
        </xsl:choose>
        <xsl:text>{</xsl:text>
        <xsl:call-template name="note-content"/>
        <xsl:text>}</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 'x' when the context note (in the text, not in a note) is printed as
       a lettered editor's note. -->
  <xsl:template name="lettered-note">
    <xsl:if test="$editor-notes != 'apparatus'
                  and not(@type = 'insertion' and @place = 'inline') and not(@type = 'headnote')">
      <xsl:variable name="editorial">
        <xsl:call-template name="is-editorial-note"/>
      </xsl:variable>
      <xsl:variable name="merged">
        <xsl:call-template name="note-merged"/>
      </xsl:variable>
      <xsl:if test="$editorial = 'yes' and $merged != 'yes'">x</xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- An earlier editor's or translator's insertion in the running text
       ("he (Sidorov - AB) was", the parentheses outside the note): printed
       as it stands; the first insertion of each @resp (insertion-notes)
       gets an apparatus note naming who inserted it. -->
  <xsl:template match="tei:note[@type = 'insertion'][@place = 'inline']" priority="2">
    <xsl:variable name="app">
      <xsl:call-template name="in-apparatus-context"/>
    </xsl:variable>
    <xsl:variable name="token" select="substring-before(concat(normalize-space(@resp), ' '), ' ')"/>
    <xsl:variable name="who"
        select="key('editio-id', substring-after($token, '#'))[starts-with($token, '#')]
                [ancestor::tei:teiHeader][1]"/>
    <xsl:variable name="noted"
        select="$app = 'yes' and $who
                and ($insertion-notes = 'all'
                     or $insertion-notes = 'first'
                        and generate-id(.) = generate-id(key('editio-insertion', normalize-space(current()/@resp))
                                                         [not(ancestor::tei:note)][1]))"/>
    <xsl:choose>
      <xsl:when test="$noted">
        <xsl:text>\edtext{</xsl:text>
        <xsl:call-template name="content-in-language"/>
        <xsl:text>}{</xsl:text>
        <xsl:call-template name="short-lemma"/>
        <xsl:text>\Bfootnote{\EditioLabel{\EditioLabelInsertion} </xsl:text>
        <xsl:for-each select="$who">
          <xsl:choose>
            <xsl:when test="self::tei:respStmt and tei:resp">
              <xsl:apply-templates select="tei:resp[1]/node()"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="latex-string">
                <xsl:with-param name="s" select="."/>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
        <xsl:text>}}</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="content-in-language"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- \lemma{first … last} for a long lemma of plain text (more than six
       words); nothing otherwise (the whole lemma is printed). -->
  <xsl:template name="short-lemma">
    <xsl:variable name="t" select="normalize-space(.)"/>
    <xsl:variable name="words" select="string-length($t) - string-length(translate($t, ' ', '')) + 1"/>
    <xsl:if test="not(*) and $words &gt; 6">
      <xsl:variable name="last">
        <xsl:call-template name="last-word">
          <xsl:with-param name="s" select="$t"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:text>\lemma{</xsl:text>
      <xsl:call-template name="latex-string">
        <xsl:with-param name="s" select="substring-before($t, ' ')"/>
      </xsl:call-template>
      <xsl:text> … </xsl:text>
      <xsl:call-template name="latex-string">
        <xsl:with-param name="s" select="$last"/>
      </xsl:call-template>
      <xsl:text>}</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template name="last-word">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, ' ')">
        <xsl:call-template name="last-word">
          <xsl:with-param name="s" select="substring-after($s, ' ')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A headnote of a text (after its heading): a small italic block, one
       numbered paragraph per p. Where no block may go: a note as usual. -->
  <xsl:template match="tei:note[@type = 'headnote']" priority="2">
    <xsl:variable name="block">
      <xsl:call-template name="block-context"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$block = 'yes'">
        <xsl:text>\EditioTextHeadnoteBegin&#10;</xsl:text>
        <xsl:choose>
          <xsl:when test="tei:p | tei:ab">
            <xsl:for-each select="tei:p | tei:ab">
              <xsl:text>\pstart </xsl:text>
              <xsl:call-template name="content-in-language"/>
              <xsl:text>\pend&#10;</xsl:text>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>
            <xsl:text>\pstart </xsl:text>
            <xsl:call-template name="content-in-language"/>
            <xsl:text>\pend&#10;</xsl:text>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:text>\EditioTextHeadnoteEnd&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="note"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A note no call refers to (a child of a div, body, front or back: the
       source's note bodies without a call, which Editio writes in
       back/div[@type='notes']): after the text, one numbered paragraph per
       p, its number first, never a footnote outside a numbered paragraph
       (reledmac's notes and index entries need one there). -->
  <xsl:template match="tei:note[parent::tei:div or parent::tei:body or parent::tei:front or parent::tei:back]
                       [not(@type = 'headnote')]" priority="3">
    <xsl:variable name="paragraphs" select="tei:p | tei:ab"/>
    <xsl:choose>
      <xsl:when test="$paragraphs">
        <xsl:for-each select="$paragraphs">
          <xsl:text>\pstart </xsl:text>
          <xsl:if test="position() = 1">
            <xsl:for-each select="..">
              <xsl:call-template name="uncalled-note-number"/>
            </xsl:for-each>
          </xsl:if>
          <xsl:call-template name="content-in-language"/>
          <xsl:text>\pend&#10;</xsl:text>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>\pstart </xsl:text>
        <xsl:call-template name="uncalled-note-number"/>
        <xsl:call-template name="content-in-language"/>
        <xsl:text>\pend&#10;</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="uncalled-note-number">
    <xsl:text>\EditioUncalledNote{</xsl:text>
    <xsl:call-template name="latex-string">
      <xsl:with-param name="s" select="@n"/>
    </xsl:call-template>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <!-- Editio's division of the uncalled notes: a heading says what they are. -->
  <xsl:template match="tei:div[@type = 'notes'][tei:note][not(*[not(self::tei:note)])]" priority="2">
    <xsl:text>\pstart\EditioUncalledNotesHead\pend&#10;</xsl:text>
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template name="note-content">
    <xsl:call-template name="content-in-language"/>
  </xsl:template>

  <!-- Inside a note, blocks are paragraphs of the note. An explicit \par
       is not allowed there (reledmac re-reads familiar notes through a
       non-\long macro), so \EditioNotePar: a protected \par in familiar
       notes, a visible separator in the run-on critical notes. -->
  <xsl:template match="tei:note//tei:p | tei:note//tei:ab" priority="3">
    <xsl:if test="preceding-sibling::*[not(self::tei:note)]">\EditioNotePar </xsl:if>
    <xsl:call-template name="content-in-language"/>
  </xsl:template>

  <xsl:template match="tei:note//tei:list | tei:note//tei:lg | tei:note//tei:table
                       | tei:note//tei:quote[tei:p or tei:lg or tei:l]" priority="3">
    <xsl:if test="preceding-sibling::*[not(self::tei:note)] or preceding-sibling::text()[normalize-space()]">\EditioNotePar </xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:note//tei:item | tei:note//tei:l | tei:note//tei:row" priority="3">
    <xsl:if test="preceding-sibling::*[self::tei:item or self::tei:l or self::tei:row]">\EditioNotePar </xsl:if>
    <xsl:if test="self::tei:item">
      <xsl:variable name="label">
        <xsl:call-template name="item-label"/>
      </xsl:variable>
      <xsl:if test="string($label) != ''">
        <xsl:value-of select="concat($label, '\enspace ')"/>
      </xsl:if>
    </xsl:if>
    <xsl:call-template name="content-in-language"/>
  </xsl:template>

  <xsl:template match="tei:note//tei:head" priority="3">
    <xsl:text>\textbf{</xsl:text>
    <xsl:call-template name="content-in-language"/>
    <xsl:text>}\EditioNotePar </xsl:text>
  </xsl:template>

</xsl:stylesheet>
