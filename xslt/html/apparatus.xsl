<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio HTML, document pages: the critical apparatus (part of document.xsl).
  Takes a text in parallel segmentation (app with lem/rdg[@wit] inline,
  sourceDesc/listWit/witness[@xml:id][@n = siglum]); gives:

    tei:app ............. the place in the text: span.app holding one span per
                          reading (span.lem, span.rdg, each with a class
                          wit-N per witness that reads it, N its position in
                          listWit), the call (sup.noteref-sup > a.appref, the
                          notes' call) and its popover (span.note-popover
                          .app-popover, the notes' popover: editio.js and the
                          CSS serve both alike).
    witness-style ....... the page's own <style>: one rule per witness and
                          switch, since the number of witnesses varies
                          (ids and classes by position, so no witness id has
                          to be escaped in CSS).
    witness-switch ...... radio inputs #witness-0 (the edited text, checked)
                          and #witness-N, then their labels; CSS only, like
                          the reading switch (page.xsl).
    witnesses-meta ...... the witnesses' row of the document header.
    apparatus-section ... the numbered list of the entries, each linking back
                          to its place. Ids as the notes': the entry has the
                          app's xml:id (else app-N), its call ref-ID, its
                          popover pop-ID.
    synopsis-section .... section#synopsis, shown when it is the :target: two
                          radio groups (#syn-a-N, #syn-b-N) and the text's
                          blocks in two columns, each read as its choice.

  An entry, in the popover and the list alike: "lemma A B ] reading F;
  om. C (substitution)"; an empty reading is "om." with its sigla, an
  addition "add. words" with its sigla.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:libxslt="http://xmlsoft.org/XSLT/namespace"
    exclude-result-prefixes="tei libxslt">

  <!-- The call of a place of variation in the text: default '°'. -->
  <xsl:param name="app-mark" select="'°'"/>

  <xsl:variable name="witnesses"
      select="$header/tei:fileDesc/tei:sourceDesc/tei:listWit//tei:witness[@xml:id]"/>
  <xsl:variable name="apps" select="/tei:TEI/tei:text//tei:app[tei:lem | tei:rdg]"/>
  <xsl:variable name="has-apparatus" select="boolean($witnesses and $apps)"/>

  <!-- The place of variation ............................................ -->

  <!-- A place of variation (see the top); without listWit (no witness to
       switch to, no list): the lemma alone. -->
  <xsl:template match="tei:app">
    <xsl:choose>
      <xsl:when test="$has-apparatus"><xsl:call-template name="app-place"/></xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="(tei:lem | tei:rdg[not(../tei:lem)])[1]/node()"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="app-place">
    <xsl:variable name="id"><xsl:call-template name="app-id"/></xsl:variable>
    <xsl:variable name="n"><xsl:call-template name="app-n"/></xsl:variable>
    <span>
      <xsl:attribute name="class">
        <xsl:text>app</xsl:text>
        <xsl:if test="normalize-space(@type) != ''"><xsl:value-of select="concat(' app-', normalize-space(@type))"/></xsl:if>
      </xsl:attribute>
      <xsl:for-each select="tei:lem | tei:rdg">
        <xsl:call-template name="app-reading">
          <xsl:with-param name="mode" select="'text'"/>
        </xsl:call-template>
      </xsl:for-each>
    </span>
    <xsl:call-template name="app-call">
      <xsl:with-param name="id" select="$id"/>
      <xsl:with-param name="n" select="$n"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The call of the context app and its popover, as a note's (notes.xsl):
       sup.noteref-sup > a#ref-ID[href=#ID], then span#pop-ID. -->
  <xsl:template name="app-call">
    <xsl:param name="id"/>
    <xsl:param name="n"/>
    <sup class="noteref-sup app-sup">
      <a role="doc-noteref" class="noteref appref" id="ref-{$id}" href="#{$id}"
          aria-describedby="pop-{$id}">
        <xsl:attribute name="aria-label">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'variant'"/>
          </xsl:call-template>
          <xsl:value-of select="concat(' ', $n)"/>
        </xsl:attribute>
        <xsl:value-of select="$app-mark"/>
      </a>
    </sup>
    <span id="pop-{$id}" role="tooltip" class="note-popover app-popover">
      <span class="note-popover-head">
        <xsl:attribute name="data-kind">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'variant'"/>
          </xsl:call-template>
        </xsl:attribute>
        <span class="note-popover-n"><xsl:value-of select="$n"/></span>
      </span>
      <xsl:text> </xsl:text>
      <span class="note-popover-body">
        <span class="note-popover-p"><xsl:call-template name="app-entry"/></span>
      </span>
    </span>
  </xsl:template>

  <!-- One reading (the context, lem or rdg) as span.lem or span.rdg with the
       classes of its witnesses: mode 'text' renders its content as the
       text does, 'synopsis' as the synopsis does. -->
  <xsl:template name="app-reading">
    <xsl:param name="mode"/>
    <span>
      <xsl:attribute name="class">
        <xsl:value-of select="local-name()"/>
        <xsl:call-template name="witness-classes">
          <xsl:with-param name="wit" select="concat(' ', normalize-space(@wit), ' ')"/>
        </xsl:call-template>
      </xsl:attribute>
      <xsl:attribute name="title">
        <xsl:call-template name="sigla"/>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <xsl:choose>
        <xsl:when test="$mode = 'synopsis'"><xsl:apply-templates mode="synopsis"/></xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <!-- " wit-N" for each witness of listWit (N its position) that $wit
       (" #a #b ") names. -->
  <xsl:template name="witness-classes">
    <xsl:param name="wit"/>
    <xsl:for-each select="$witnesses">
      <xsl:if test="contains($wit, concat(' #', @xml:id, ' '))">
        <xsl:value-of select="concat(' wit-', position())"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- The sigla of the context's @wit, in listWit order, space-separated. -->
  <xsl:template name="sigla">
    <xsl:variable name="wit" select="concat(' ', normalize-space(@wit), ' ')"/>
    <xsl:for-each select="$witnesses[contains($wit, concat(' #', @xml:id, ' '))]">
      <xsl:if test="position() > 1"><xsl:text> </xsl:text></xsl:if>
      <xsl:call-template name="siglum"/>
    </xsl:for-each>
  </xsl:template>

  <!-- A witness's siglum: @n, else its id. -->
  <xsl:template name="siglum">
    <xsl:choose>
      <xsl:when test="normalize-space(@n) != ''"><xsl:value-of select="normalize-space(@n)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="@xml:id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="app-id">
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('app-', count(preceding::tei:app) + 1)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="app-n">
    <xsl:value-of select="count(preceding::tei:app[ancestor::tei:text][tei:lem | tei:rdg]) + 1"/>
  </xsl:template>

  <!-- The entry of the context app (phrasing content, no ids, no links):
       the lemma with its sigla, " ] ", then each reading with its sigla,
       "; " between them; the type in parentheses (the app's, else each
       reading's). -->
  <xsl:template name="app-entry">
    <xsl:variable name="lem" select="(tei:lem | tei:rdg[not(../tei:lem)])[1]"/>
    <xsl:for-each select="$lem">
      <xsl:call-template name="entry-reading"/>
    </xsl:for-each>
    <span class="app-bracket"> ] </span>
    <xsl:for-each select="(tei:rdg | tei:lem)[count(. | $lem) != 1]">
      <xsl:if test="position() > 1">; </xsl:if>
      <xsl:call-template name="entry-reading"/>
      <xsl:if test="normalize-space(../@type) = '' and normalize-space(@type) != ''">
        <xsl:call-template name="variant-type">
          <xsl:with-param name="type" select="normalize-space(@type)"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:for-each>
    <xsl:if test="normalize-space(@type) != ''">
      <xsl:call-template name="variant-type">
        <xsl:with-param name="type" select="normalize-space(@type)"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- A reading in an entry: its text (or "om." when empty; "add." before
       an addition's words), then its sigla. -->
  <xsl:template name="entry-reading">
    <xsl:variable name="text"><xsl:apply-templates mode="plain"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="normalize-space($text) = ''">
        <span class="app-om">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'app-om'"/>
          </xsl:call-template>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="@type = 'addition'">
          <span class="app-add">
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="'app-add'"/>
            </xsl:call-template>
          </span>
          <xsl:text> </xsl:text>
        </xsl:if>
        <span class="app-text"><xsl:value-of select="normalize-space($text)"/></span>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:text> </xsl:text>
    <span class="app-sigla"><xsl:call-template name="sigla"/></span>
  </xsl:template>

  <xsl:template name="variant-type">
    <xsl:param name="type"/>
    <xsl:variable name="word">
      <xsl:call-template name="label">
        <xsl:with-param name="key" select="concat('variant-', $type)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:text> </xsl:text>
    <span class="app-type">
      <xsl:text>(</xsl:text>
      <xsl:choose>
        <xsl:when test="$word = concat('variant-', $type)"><xsl:value-of select="$type"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$word"/></xsl:otherwise>
      </xsl:choose>
      <xsl:text>)</xsl:text>
    </span>
  </xsl:template>

  <!-- Elsewhere (titles, citations, popovers of notes): the lemma. -->
  <xsl:template match="tei:app" mode="plain">
    <xsl:apply-templates select="(tei:lem | tei:rdg[not(../tei:lem)])[1]" mode="plain"/>
  </xsl:template>
  <xsl:template match="tei:app" mode="popover">
    <xsl:apply-templates select="(tei:lem | tei:rdg[not(../tei:lem)])[1]" mode="popover"/>
  </xsl:template>

  <!-- The witness switch and its CSS ..................................... -->

  <!-- The rules of the three switches (the text's, the synopsis' two
       columns): for option N of switch G (input #G-N, N = 0 the edited
       text), hide every reading and show those of class wit-N, inside the
       switch's scope; mark the checked label and the focused one. -->
  <xsl:template name="witness-style">
    <xsl:if test="$has-apparatus">
      <style>
        <xsl:call-template name="switch-rules">
          <xsl:with-param name="group" select="'witness'"/>
          <xsl:with-param name="scope" select="'.tei-text'"/>
          <xsl:with-param name="labels" select="'.witness-switch'"/>
        </xsl:call-template>
        <xsl:call-template name="switch-rules">
          <xsl:with-param name="group" select="'syn-a'"/>
          <xsl:with-param name="scope" select="'.synopsis-grid .syn-a'"/>
          <xsl:with-param name="labels" select="'.synopsis-grid'"/>
        </xsl:call-template>
        <xsl:call-template name="switch-rules">
          <xsl:with-param name="group" select="'syn-b'"/>
          <xsl:with-param name="scope" select="'.synopsis-grid .syn-b'"/>
          <xsl:with-param name="labels" select="'.synopsis-grid'"/>
        </xsl:call-template>
      </style>
    </xsl:if>
  </xsl:template>

  <xsl:template name="switch-rules">
    <xsl:param name="group"/>
    <xsl:param name="scope"/>
    <xsl:param name="labels"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:for-each select="$witnesses">
      <xsl:variable name="on" select="concat('#', $group, '-', position(), ':checked ~ ', $scope, ' .app > ')"/>
      <xsl:value-of select="concat($on, '.lem, ', $on, '.rdg { display: none; }&#10;')"/>
      <xsl:value-of select="concat($on, '.wit-', position(),
                                   ' { display: inline; text-decoration-color: var(--accent); }&#10;')"/>
    </xsl:for-each>
    <xsl:for-each select="$witnesses[1]/.. | $witnesses">
      <!-- position 1 is the listWit: the edited text (option 0); then the witnesses -->
      <xsl:variable name="i" select="position() - 1"/>
      <xsl:variable name="label" select="concat('#', $group, '-', $i, ':checked ~ ', $labels,
                                                ' label[for=&quot;', $group, '-', $i, '&quot;]')"/>
      <xsl:value-of select="concat($label, ' { border-color: var(--accent); color: var(--accent); font-weight: 600; }&#10;')"/>
      <xsl:value-of select="concat($label, '::before { background: currentColor; box-shadow: inset 0 0 0 0.14em var(--bg); }&#10;')"/>
      <xsl:value-of select="concat('#', $group, '-', $i, ':focus-visible ~ ', $labels, ' label[for=&quot;', $group, '-', $i,
                                   '&quot;] { outline: 3px solid var(--focus); outline-offset: 2px; }&#10;')"/>
    </xsl:for-each>
  </xsl:template>

  <!-- The radio inputs of switch $group, options 0 (the edited text) to the
       number of witnesses; $checked is the option checked. -->
  <xsl:template name="witness-inputs">
    <xsl:param name="group"/>
    <xsl:param name="checked"/>
    <xsl:for-each select="$witnesses[1]/.. | $witnesses">
      <xsl:variable name="i" select="position() - 1"/>
      <input class="witness-input visually-hidden" type="radio" name="{$group}" id="{$group}-{$i}" value="{$i}">
        <xsl:if test="$i = $checked"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
      </input>
    </xsl:for-each>
  </xsl:template>

  <!-- The labels of switch $group: a radiogroup named by $legend-key. -->
  <xsl:template name="witness-labels">
    <xsl:param name="group"/>
    <xsl:param name="legend-key"/>
    <xsl:param name="class"/>
    <div class="{normalize-space(concat('reading-switch witness-switch ', $class))}" role="radiogroup" aria-labelledby="{$group}-legend">
      <xsl:attribute name="aria-owns">
        <xsl:for-each select="$witnesses[1]/.. | $witnesses">
          <xsl:if test="position() > 1"><xsl:text> </xsl:text></xsl:if>
          <xsl:value-of select="concat($group, '-', position() - 1)"/>
        </xsl:for-each>
      </xsl:attribute>
      <span class="reading-legend" id="{$group}-legend">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="$legend-key"/>
        </xsl:call-template>
      </span>
      <xsl:text> </xsl:text>
      <label class="reading-option witness-option witness-option-edited" for="{$group}-0">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'witness-edited'"/>
        </xsl:call-template>
      </label>
      <xsl:for-each select="$witnesses">
        <xsl:text> </xsl:text>
        <label class="reading-option witness-option" for="{$group}-{position()}">
          <xsl:attribute name="title"><xsl:call-template name="witness-description"/></xsl:attribute>
          <span class="siglum"><xsl:call-template name="siglum"/></span>
          <xsl:text> </xsl:text>
          <span class="witness-short"><xsl:call-template name="witness-short"/></span>
        </label>
      </xsl:for-each>
    </div>
  </xsl:template>

  <!-- The switch before the text (see the top), and the link to the synopsis. -->
  <xsl:template name="witness-switch">
    <xsl:if test="$has-apparatus">
      <xsl:call-template name="witness-inputs">
        <xsl:with-param name="group" select="'witness'"/>
        <xsl:with-param name="checked" select="0"/>
      </xsl:call-template>
      <xsl:call-template name="witness-labels">
        <xsl:with-param name="group" select="'witness'"/>
        <xsl:with-param name="legend-key" select="'witness-switch'"/>
      </xsl:call-template>
      <p class="synopsis-link-p" id="synopsis-link">
        <a class="synopsis-link" href="#synopsis">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'synopsis'"/>
          </xsl:call-template>
        </a>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- The witnesses ....................................................... -->

  <!-- A witness's short description: its bibl's title, else its msDesc's
       first paragraph, else its text. -->
  <xsl:template name="witness-short">
    <xsl:variable name="short" select="(tei:bibl/tei:title | tei:msDesc/tei:p)[1]"/>
    <xsl:choose>
      <xsl:when test="$short"><xsl:value-of select="normalize-space($short)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A witness's whole description: a bibl as written; an msDesc as its
       paragraphs, then repository and shelfmark. -->
  <xsl:template name="witness-description">
    <xsl:choose>
      <xsl:when test="tei:msDesc">
        <xsl:value-of select="normalize-space(tei:msDesc/tei:p)"/>
        <xsl:for-each select="tei:msDesc/tei:msIdentifier/*[normalize-space(.) != '']">
          <xsl:value-of select="concat(', ', normalize-space(.))"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The row of the document header: one dd per witness, "A First edition,
       Place, year", in listWit order. -->
  <xsl:template name="witnesses-meta">
    <xsl:if test="$witnesses">
      <div class="meta-witnesses">
        <dt>
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'witnesses'"/>
          </xsl:call-template>
        </dt>
        <xsl:for-each select="$witnesses">
          <dd class="witness" id="witness-{@xml:id}">
            <span class="siglum"><xsl:call-template name="siglum"/></span>
            <xsl:text> </xsl:text>
            <span class="witness-description"><xsl:call-template name="witness-description"/></span>
          </dd>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- The list ............................................................ -->

  <xsl:template name="apparatus-section">
    <xsl:if test="$has-apparatus">
      <section class="apparatus" aria-labelledby="apparatus-title">
        <h2 id="apparatus-title">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'apparatus'"/>
          </xsl:call-template>
        </h2>
        <ol class="apparatus-list">
          <xsl:for-each select="$apps">
            <xsl:variable name="id"><xsl:call-template name="app-id"/></xsl:variable>
            <xsl:variable name="n"><xsl:call-template name="app-n"/></xsl:variable>
            <li id="{$id}" class="apparatus-entry">
              <span class="note-n app-n"><xsl:value-of select="$n"/></span>
              <xsl:text> </xsl:text>
              <xsl:call-template name="app-entry"/>
              <xsl:text> </xsl:text>
              <a class="backlink" role="doc-backlink" href="#ref-{$id}">
                <xsl:attribute name="aria-label">
                  <xsl:call-template name="label">
                    <xsl:with-param name="key" select="'back-to-variant'"/>
                  </xsl:call-template>
                  <xsl:value-of select="concat(' ', $n)"/>
                </xsl:attribute>
                <xsl:value-of select="$backlink-mark"/>
              </a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The synopsis ........................................................ -->

  <!-- Blocks of the text, one row of the synopsis each: the outermost
       blocks outside notes. -->
  <xsl:variable name="synopsis-blocks"
      select="/tei:TEI/tei:text//*[self::tei:p or self::tei:ab or self::tei:head or self::tei:l or self::tei:item
                                   or self::tei:cell or self::tei:opener or self::tei:closer]
                                  [not(ancestor::tei:note)]
                                  [not(ancestor::*[self::tei:p or self::tei:ab or self::tei:head or self::tei:l
                                                   or self::tei:item or self::tei:cell or self::tei:opener
                                                   or self::tei:closer])]"/>

  <!-- Hidden unless it is the :target. Column a opens with the first
       witness, column b with the second (with one witness: the edited text). -->
  <xsl:template name="synopsis-section">
    <xsl:if test="$has-apparatus">
      <section class="synopsis" id="synopsis" aria-labelledby="synopsis-title">
        <h2 id="synopsis-title">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'synopsis'"/>
          </xsl:call-template>
        </h2>
        <p class="synopsis-close">
          <a href="#synopsis-link">
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="'synopsis-close'"/>
            </xsl:call-template>
          </a>
        </p>
        <xsl:call-template name="witness-inputs">
          <xsl:with-param name="group" select="'syn-a'"/>
          <xsl:with-param name="checked" select="1"/>
        </xsl:call-template>
        <xsl:call-template name="witness-inputs">
          <xsl:with-param name="group" select="'syn-b'"/>
          <xsl:with-param name="checked" select="number(count($witnesses) > 1) * 2"/>
        </xsl:call-template>
        <div class="synopsis-grid">
          <div class="synopsis-row synopsis-switches">
            <xsl:call-template name="witness-labels">
              <xsl:with-param name="group" select="'syn-a'"/>
              <xsl:with-param name="legend-key" select="'synopsis-left'"/>
              <xsl:with-param name="class" select="'syn-cell'"/>
            </xsl:call-template>
            <xsl:call-template name="witness-labels">
              <xsl:with-param name="group" select="'syn-b'"/>
              <xsl:with-param name="legend-key" select="'synopsis-right'"/>
              <xsl:with-param name="class" select="'syn-cell'"/>
            </xsl:call-template>
          </div>
          <xsl:for-each select="$synopsis-blocks">
            <div class="synopsis-row">
              <div class="syn-cell syn-a"><xsl:call-template name="synopsis-block"/></div>
              <div class="syn-cell syn-b"><xsl:call-template name="synopsis-block"/></div>
            </div>
          </xsl:for-each>
        </div>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- A block in a column: its text without ids, links or notes, the places
       of variation with all their readings (the CSS shows the column's). -->
  <xsl:template name="synopsis-block">
    <p class="synopsis-{local-name()}">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates mode="synopsis"/>
    </p>
  </xsl:template>

  <xsl:template match="tei:app" mode="synopsis">
    <span class="app">
      <xsl:for-each select="tei:lem | tei:rdg">
        <xsl:call-template name="app-reading">
          <xsl:with-param name="mode" select="'synopsis'"/>
        </xsl:call-template>
      </xsl:for-each>
    </span>
  </xsl:template>
  <xsl:template match="tei:note | tei:pb | tei:fw | tei:figDesc" mode="synopsis"/>
  <xsl:template match="tei:lb" mode="synopsis"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="tei:choice | tei:gap" mode="synopsis">
    <xsl:apply-templates select="." mode="plain"/>
  </xsl:template>

</xsl:stylesheet>
