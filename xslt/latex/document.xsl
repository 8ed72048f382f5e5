<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio print route: one TEI P5 document → XeLaTeX source (reledmac).

  Parameters
    standalone  'yes' (default): a complete document, \documentclass …
                \end{document}; 'no': only the body (title block and one
                numbered section), for a book that emits the shared preamble
                (common.xsl, template latex-preamble) once and \input's
                several documents (and prints the index once, at its end).
    index-lang  language of the indexes (the edition's), default 'en': the
                regular names in it head the entries.
    corrections choice (sic/corr, orig/reg, abbr/expan): 'apparatus'
                (default) the edited reading in the text and the source's in
                the editor's apparatus ("12 Yagoda] Berry source", ru
                "в источнике"); 'inline' the source's reading bracketed after
                the edited one ("Yagoda [Berry source]"); 'silent' the edited
                reading only.
    targeted-notes  an editor's note whose @target points to such a choice:
                'separate' (default) a lettered editor's note of its own;
                'merge' its text follows the source's reading in the choice's
                apparatus entry (its letter is then not printed).
    insertion-notes  an earlier editor's or translator's insertion in the
                running text (note type="insertion" place="inline", printed
                where it stands): 'first' (default) an apparatus note
                naming who inserted it (@resp → the header's respStmt/resp)
                at the first insertion of each @resp; 'all'; 'none'.
    editor-notes  'lettered' (default): the editor's notes are familiar
                notes of series B, marked with their @n (a, b, …; else
                lettered in order); 'apparatus': critical notes of series B
                keyed to the line, as the apparatus.
    orthographic-variants  the witnesses' apparatus (apparatus.xsl):
                'show' (default) every reading; 'omit' no entry for
                readings of type orthographic or punctuation.
    font-size, paper-geometry, main-font, line-number-step: the page,
                the type and the line numbers (preamble.xsl, where they are
                declared and described).
    The build takes corrections … editor-notes from the manifest's [print] table
    (corrections, targeted_notes, insertion_notes, editor_notes,
    orthographic_variants) and
    index-lang from [edition] language (latex_params in src/render/formats.cpp).

  Layout
    Every block (p, head, item, l, quote/p, dateline …) is one reledmac
    \pstart … \pend, so all lines are numbered. Notes stay at their call
    sites: source notes → \footnoteA[@n] (familiar, the source's own number
    as mark); editor's notes (@type editorial, @resp → an <editor>, or #ed)
    → \footnoteB[@n] (familiar, lettered); the apparatus (choice, gap, del,
    insertions) → \edtext{lemma}{\Bfootnote{…}} (critical, keyed to the
    line). The witnesses' variants (app: lem in the text, rdg with their
    sigla) → \edtext{lemma}{\Cfootnote{…}} (series C, critical, keyed to
    the line), the witnesses listed with their sigla after the title. At
    the foot of the page: series A, the editor's notes, the apparatus of
    corrections, the witnesses' apparatus.

  Archival documents
    front/div[@type='headnote'] (the publication's heading, source and
    archival reference) and back/div[@type='colophon'] are set smaller
    before and after the texts; each div of the body is a section under its
    head (head[@type='supplied'] in brackets), a note[@type='headnote']
    after it small and italic. opener: dateline, classification and
    addressee flush right, the outgoing number flush left, each on its own
    line; closer/signed flush right; list[@type='addresses']: each address
    line indented.

  Indexes of persons, places and organisations
    Every persName[@ref] of the text pointing to a person of particDesc is
    followed by \EditioIndex{persons}{sortKey@Surname, Forename (other
    language's name)}, every placeName[@ref] pointing to a place of
    settingDesc by \EditioIndex{places}{Name}, every orgName[@ref]
    pointing to an org of particDesc by \EditioIndex{orgs}{Name}, located
    by page and line (common.xsl). A standalone document ends with each
    index it has entries for: \printindex[persons], [places], [orgs].
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="tei">

  <xsl:import href="common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:param name="standalone" select="'yes'"/>
  <xsl:param name="index-lang" select="'en'"/>

  <!-- ================================================================== -->
  <!-- Document                                                           -->
  <!-- ================================================================== -->

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$standalone = 'no'">
        <xsl:apply-templates select="tei:TEI" mode="body"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>% Generated by Editio (xslt/latex/document.xsl). Typeset with xelatex until the .aux, reledmac's&#10;</xsl:text>
        <xsl:text>% files and the index settle, 2-4 passes (restricted shell escape, the default: imakeidx runs makeindex).&#10;</xsl:text>
        <xsl:value-of select="concat('\documentclass[', $font-size, ']{article}&#10;')"/>
        <xsl:call-template name="latex-preamble">
          <xsl:with-param name="languages">
            <xsl:call-template name="document-languages"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:text>\begin{document}&#10;</xsl:text>
        <xsl:apply-templates select="tei:TEI" mode="body"/>
        <xsl:call-template name="print-index">
          <xsl:with-param name="index" select="'persons'"/>
        </xsl:call-template>
        <xsl:call-template name="print-index">
          <xsl:with-param name="index" select="'places'"/>
        </xsl:call-template>
        <xsl:call-template name="print-index">
          <xsl:with-param name="index" select="'orgs'"/>
        </xsl:call-template>
        <xsl:text>\end{document}&#10;</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The index $index (persons, places, orgs) when the text has entries
       for it, hyphenated in the index language when the document loads it. -->
  <xsl:template name="print-index">
    <xsl:param name="index"/>
    <xsl:variable name="indexed">
      <xsl:call-template name="has-index">
        <xsl:with-param name="index" select="$index"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:if test="string($indexed) != ''">
      <xsl:call-template name="print-index-now">
        <xsl:with-param name="index" select="$index"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="print-index-now">
    <xsl:param name="index"/>
    <xsl:variable name="languages">
      <xsl:call-template name="document-languages"/>
    </xsl:variable>
    <xsl:variable name="lang">
      <xsl:call-template name="lang-name">
        <xsl:with-param name="code" select="$index-lang"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:if test="string($lang) != '' and contains(concat(',', $languages, ','), concat(',', $lang, ','))">
      <xsl:value-of select="concat('\selectlanguage{', $lang, '}&#10;')"/>
    </xsl:if>
    <xsl:value-of select="concat('\printindex[', $index, ']&#10;')"/>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="body">
    <xsl:text>% ---- </xsl:text>
    <xsl:value-of select="translate(@xml:id, '&#10;%', ' _')"/>
    <xsl:text> ----&#10;</xsl:text>
    <xsl:text>\selectlanguage{</xsl:text>
    <xsl:call-template name="main-language"/>
    <xsl:text>}&#10;</xsl:text>
    <xsl:apply-templates select="tei:teiHeader" mode="title-block"/>
    <xsl:text>\beginnumbering&#10;</xsl:text>
    <xsl:apply-templates select="tei:text"/>
    <xsl:text>\endnumbering&#10;</xsl:text>
  </xsl:template>

  <!-- The templates, by what they print (each file says what it holds). The
       order matters where two patterns of the same priority match one node:
       the later wins (see notes.xsl). -->
  <xsl:include href="header.xsl"/>
  <xsl:include href="structure.xsl"/>
  <xsl:include href="blocks.xsl"/>
  <xsl:include href="letters.xsl"/>
  <xsl:include href="notes.xsl"/>

</xsl:stylesheet>
