<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio print route: shared templates for TEI P5 → XeLaTeX (reledmac).

  Plain XSLT 1.0, no extension functions: runs in-process with libxslt and
  standalone with xsltproc.

  Contents (in the files this one includes, each saying what it holds)
    escape.xsl      latex-escape: the ONE place where text becomes LaTeX;
                    every text node goes through it
    languages.xsl   BCP 47 code → polyglossia name; the document's languages
    preamble.xsl    latex-preamble: packages, fonts, languages, macros, the
                    labels (../labels.xml) as \EditioLabel… macros
    core.xsl        inline elements (hi, emph, foreign, q, …), breaks, and
                    the fallback for any other element
    namesdates.xsl  persName, placeName, …, date; the indexes of persons
                    (persName[@ref] → \EditioIndex{persons}{sortKey@Name}),
                    places (placeName[@ref] → \EditioIndex{places}{Name})
                    and organisations (orgName[@ref] → \EditioIndex{orgs}{Name})
    editorial.xsl   choice, sic, gap, supplied, del: the apparatus
    apparatus.xsl   app, lem, rdg: the critical apparatus of the
                    witnesses (series C); the list of witnesses

  Every macro the body uses is an \Editio… command defined in latex-preamble,
  so a whole-edition book can restyle them in one place.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="tei">

  <!-- Element-only containers: their whitespace text nodes are layout only. -->
  <xsl:strip-space elements="tei:TEI tei:teiHeader tei:fileDesc tei:titleStmt
    tei:sourceDesc tei:text tei:front tei:body tei:back tei:group
    tei:div tei:div1 tei:div2 tei:div3 tei:div4 tei:div5 tei:div6 tei:div7
    tei:list tei:listBibl tei:lg tei:table tei:row tei:choice tei:app
    tei:subst tei:address"/>

  <!-- Language of the indexes (the edition's language): persons' names
       in it come first, the other language's regular name in parentheses;
       places and organisations are listed under their name in it. -->
  <xsl:param name="index-lang" select="'en'"/>

  <!-- The editor's interventions (documented in document.xsl):
       corrections     choice (sic/corr, orig/reg, abbr/expan): 'apparatus'
                       (default) the edited reading in the text, the source's
                       in the editor's apparatus; 'inline' the source's
                       reading bracketed after the edited one; 'silent' the
                       edited reading only.
       targeted-notes  an editor's note whose @target is a choice set in the
                       apparatus: 'separate' (default) its own lettered note;
                       'merge' appended to the choice's apparatus entry.
       insertion-notes note[@type='insertion'][@place='inline']: 'first'
                       (default) an apparatus note naming who inserted it
                       (@resp → respStmt/resp) at the first insertion of each
                       @resp; 'all' at every one; 'none'.
       editor-notes    the editor's notes: 'lettered' (default) familiar
                       notes of series B marked with @n (else a, b, …);
                       'apparatus' critical notes of series B keyed to the
                       line. -->
  <xsl:param name="corrections" select="'apparatus'"/>
  <xsl:param name="targeted-notes" select="'separate'"/>
  <xsl:param name="insertion-notes" select="'first'"/>
  <xsl:param name="editor-notes" select="'lettered'"/>

  <xsl:key name="editio-id" match="*[@xml:id]" use="@xml:id"/>
  <!-- Notes by the element they point to (a single "#id" @target). -->
  <xsl:key name="editio-note-target" match="tei:text//tei:note[@target]"
           use="substring-after(normalize-space(@target), '#')"/>
  <xsl:key name="editio-person"
           match="tei:particDesc//tei:person[@xml:id] | tei:particDesc//tei:personGrp[@xml:id]"
           use="@xml:id"/>
  <!-- The entries of the indexes of places and organisations. -->
  <xsl:key name="editio-place" match="tei:settingDesc//tei:place[@xml:id]" use="@xml:id"/>
  <xsl:key name="editio-org" match="tei:particDesc//tei:org[@xml:id]" use="@xml:id"/>
  <xsl:key name="editio-lang" match="tei:text//@xml:lang"
           use="translate(substring-before(concat(., '-'), '-'),
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>

  <xsl:variable name="index-primary"
      select="translate(substring-before(concat(normalize-space($index-lang), '-'), '-'),
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>

  <!-- The language of the words the stylesheets write themselves (labels
       the body's macros do not carry): the edition's, as the index's. -->
  <xsl:variable name="ui-lang" select="$index-primary"/>

  <!-- The interface labels (template "label"), shared with the HTML pages. -->
  <xsl:include href="../labels.xsl"/>
  <xsl:include href="escape.xsl"/>
  <xsl:include href="languages.xsl"/>
  <xsl:include href="preamble.xsl"/>
  <xsl:include href="core.xsl"/>
  <xsl:include href="namesdates.xsl"/>
  <xsl:include href="editorial.xsl"/>
  <xsl:include href="apparatus.xsl"/>

</xsl:stylesheet>
