<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio HTML: one TEI P5 document -> one complete HTML5 page.

  Plain XSLT 1.0 without extension functions; runs in xsltproc and in-process
  with libxslt. Output is deterministic: nothing depends on the clock, on the
  environment or on generate-id().

  Parameters (all strings; an empty string means "not given"):
    css            stylesheet href                       default 'editio.css'
    js             script href (editio.js: note popovers'   default 'editio.js'
                   Escape, paragraph citations); '' for none
    index-href     link back to the edition index       default 'index.html'
    pdf-href       link to the PDF of this document     default '' (no link)
    tei-href       link to the TEI of this document     default '' (no link)
    edition-title  text of the link back to the index   default '' (then
                   teiHeader seriesStmt/title, then the label "Edition index")
    register-href  the edition's register of persons    default '' (names
                   are not linked; see register.xsl)
    places-href    the register of places (places.html)   default '' (place
                   names are not linked; see entities.xsl)
    orgs-href      the register of organisations         default '' (idem)
    chronology-href the edition's chronology            default '' (no link;
                   see chronology.xsl)
    search-href    the search page (search.xsl), the       default 'search.html'
                   header's search form goes to; '' for no form
    base-url       where the site is published ([html]    default '' (the
                   base_url, ending in "/"); with           citation gives no
                   page-file, the canonical link and the    address)
                   citation's address (common.xsl, page.xsl)
    page-file      this page's file name ("doc.html")     default ''

  The page's visible choices are parameters too, each declared with what it
  does in the file that uses it: reading-default (page.xsl),
  top-heading-level (structure.xsl), paragraph-mark (core.xsl), gap-mark,
  supplied-open, supplied-close (editorial.xsl), backlink-mark (notes.xsl).

  Persons: persName[@ref="#id"] pointing to a person (or personGrp) of
  teiHeader/profileDesc/particDesc becomes <a class="person"
  href="{register-href}#{id}"> (a <span class="person"> without
  register-href) whose title is the person's regular name in the page
  language with the life dates; persName without @ref in the text is a
  <span class="person unlinked">. particDesc itself is only read: after the
  notes, a section lists the persons with links to the register.

  Places and organisations: placeName[@ref="#id"] pointing to a place of
  settingDesc/listPlace becomes <a class="place" href="{places-href}#{id}">,
  orgName[@ref] to an org of particDesc/listOrg <a class="org"
  href="{orgs-href}#{id}">, titled with its regular name (namesdates.xsl).
  Dates: tei:date in the text becomes <time class="date" datetime="…"
  title="normalized value in words">as written</time> (see the template);
  the chronology page (chronology.xsl) links back to the paragraph, note or
  heading holding each date by its id.

  Readings: a choice of sic/corr or orig/reg keeps both readings in the
  page, <span class="choice choice-corr|choice-reg"> holding span.corr (or
  .reg), titled with the source's reading, and span.sic (or .orig), titled
  with the edition's. When the text has such a choice, two radio inputs
  (#reading-corrected, checked, and #reading-source) and their labels
  (div.reading-switch, a radiogroup) stand before the text; the CSS shows
  the corrected reading and hides the source's, or the reverse when
  #reading-source is checked (":checked ~" sibling selectors, no script).

  Variants (parallel segmentation, see apparatus.xsl): each app shows
  its lemma, all its readings kept in the page; a witness switch like the
  reading switch (radio inputs #witness-0, the edited text, and
  #witness-N, the page's own <style> holding a rule per witness) reads
  the text as a witness; each place has a call and popover like a note's,
  and an entry in the apparatus list after the text; section#synopsis,
  shown as the :target, sets two witnesses side by side.

  Notes: the author's notes (any note but the kinds below) and the
  editor's (note[@type='editorial']) have calls of their own (a.noteref,
  a.noteref.noteref-editorial) and two lists at the end (section.notes
  with h2#notes-title, section.notes.notes-editorial with
  h2#editor-notes-title). An insertion standing in the text
  (note[@type='insertion'][@place='inline']) is span.insertion in place,
  naming who inserted it (@resp); note[@type='headnote'] is a block in
  place (.headnote-note) labelled by its @resp. Neither is listed.

  Ids written by the page itself: main, contents-title, notes-title,
  editor-notes-title, persons-title, reading-corrected, reading-source,
  reading-legend, ref-{note id}, note-{n} and ednote-{n} (notes without
  xml:id), sec-N-N (for divs without xml:id); with an apparatus
  (apparatus.xsl): witness-N, syn-a-N, syn-b-N and their -legend,
  witness-{witness id}, ref-{app id}, pop-{app id}, app-N (apps without
  xml:id), apparatus-title, synopsis, synopsis-title, synopsis-link. Every other id comes from an
  @xml:id of the TEI (heads, paragraphs, items and notes have one, so the
  register can point at them).

  The templates, in files by what they render (each opens with what it holds):
    page.xsl ........ the page furniture: site header and navigation, document
                      header, downloads, "Cite this document" and the cite
                      dialog, table of contents, reading switch, endnotes,
                      persons, footer
    header.xsl ...... what is shown of the teiHeader: the rows of the
                      description list, sources as citations (mode citation)
    structure.xsl ... text, body, front, back, div and their heads
    core.xsl ........ p, ab, lists, quotations, verse, hi and phrase-level
                      elements, links, breaks; the fallback
    letters.xsl ..... opener, closer, dateline, salute, signed, address,
                      postscript, note type="source"
    figures.xsl ..... tables and figures
    namesdates.xsl .. persName, placeName, orgName, name, rs, date
    editorial.xsl ... choice, sic, corr, reg, orig, abbr, expan, gap,
                      unclear, supplied, add, del
    notes.xsl ....... notes: call, popover, insertion, headnote, endnote,
                      responsibility (@resp)
    apparatus.xsl ... app/lem/rdg: the places of variation, their popovers,
                      the witness switch, the witnesses, the apparatus list
                      and the synopsis (section#synopsis, shown as :target)
  All are included (xsl:include), so they share one import precedence:
  which template wins is decided by the patterns' priorities alone.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:libxslt="http://xmlsoft.org/XSLT/namespace"
    exclude-result-prefixes="tei libxslt">

  <xsl:import href="common.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="yes"/>

  <!-- Only element-only TEI containers: in mixed content every space counts. -->
  <xsl:strip-space elements="tei:TEI tei:teiHeader tei:fileDesc tei:titleStmt tei:respStmt
      tei:editionStmt tei:publicationStmt tei:availability tei:sourceDesc tei:text tei:body
      tei:front tei:back tei:div tei:list tei:table tei:row tei:lg tei:choice tei:figure"/>

  <xsl:param name="css" select="'editio.css'"/>
  <xsl:param name="js" select="'editio.js'"/>
  <xsl:param name="index-href" select="'index.html'"/>
  <xsl:param name="pdf-href" select="''"/>
  <xsl:param name="tei-href" select="''"/>
  <xsl:param name="edition-title" select="''"/>
  <xsl:param name="register-href" select="''"/>
  <xsl:param name="places-href" select="''"/>
  <xsl:param name="orgs-href" select="''"/>
  <xsl:param name="chronology-href" select="''"/>
  <xsl:param name="search-href" select="'search.html'"/>

  <xsl:key name="xml-id" match="*[@xml:id]" use="@xml:id"/>
  <!-- The persons this document mentions (copied from the personography). -->
  <xsl:key name="person" match="tei:particDesc//tei:person[@xml:id] | tei:particDesc//tei:personGrp[@xml:id]"
      use="@xml:id"/>

  <!-- The places and organisations this document names (copied from the gazetteer). -->
  <xsl:key name="place" match="tei:settingDesc/tei:listPlace//tei:place[@xml:id]" use="@xml:id"/>
  <xsl:key name="org" match="tei:particDesc/tei:listOrg//tei:org[@xml:id]" use="@xml:id"/>

  <xsl:variable name="header" select="/tei:TEI/tei:teiHeader"/>
  <xsl:variable name="titleStmt" select="$header/tei:fileDesc/tei:titleStmt"/>
  <xsl:variable name="main-title"
      select="($titleStmt/tei:title[@type = 'main'] | $titleStmt/tei:title[not(@type)])[1]"/>

  <!-- Notes listed at the end, in document order: all but the insertions
       standing in the text and the headnotes, which are rendered in place;
       the editor's notes in a list of their own. -->
  <xsl:variable name="notes"
      select="/tei:TEI/tei:text//tei:note[not(@type = 'insertion' and @place = 'inline') and not(@type = 'headnote')
                                           and not(@type = 'source')]"/>
  <xsl:variable name="author-notes" select="$notes[not(@type = 'editorial')]"/>
  <xsl:variable name="editor-notes" select="$notes[@type = 'editorial']"/>

  <!-- Choices with two readings: the page offers the reading switch. -->
  <xsl:variable name="two-readings"
      select="/tei:TEI/tei:text//tei:choice[(tei:sic and tei:corr) or (tei:orig and tei:reg)]"/>

  <xsl:variable name="page-lang">
    <xsl:choose>
      <xsl:when test="normalize-space(/tei:TEI/@xml:lang) != ''">
        <xsl:value-of select="normalize-space(/tei:TEI/@xml:lang)"/>
      </xsl:when>
      <xsl:when test="$header/tei:profileDesc/tei:langUsage/tei:language/@ident">
        <xsl:value-of select="$header/tei:profileDesc/tei:langUsage/tei:language/@ident"/>
      </xsl:when>
      <xsl:otherwise>und</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:variable name="page-primary">
    <xsl:call-template name="primary-subtag">
      <xsl:with-param name="tag" select="$page-lang"/>
    </xsl:call-template>
  </xsl:variable>

  <xsl:variable name="persons"
      select="$header/tei:profileDesc/tei:particDesc//*[self::tei:person or self::tei:personGrp][@xml:id]"/>

  <xsl:variable name="edition-name">
    <xsl:choose>
      <xsl:when test="normalize-space($edition-title) != ''">
        <xsl:value-of select="normalize-space($edition-title)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="normalize-space($header/tei:fileDesc/tei:seriesStmt/tei:title)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- The templates, by what they render (each file says what it holds). -->
  <xsl:include href="page.xsl"/>
  <xsl:include href="header.xsl"/>
  <xsl:include href="structure.xsl"/>
  <xsl:include href="core.xsl"/>
  <xsl:include href="letters.xsl"/>
  <xsl:include href="figures.xsl"/>
  <xsl:include href="namesdates.xsl"/>
  <xsl:include href="editorial.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="apparatus.xsl"/>

</xsl:stylesheet>
