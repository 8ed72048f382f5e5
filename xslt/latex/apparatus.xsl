<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio print route (part of common.xsl): the critical apparatus of a
  collated document (parallel segmentation: app, lem, rdg[@wit], the
  witnesses in sourceDesc/listWit, @n the siglum) and the list of witnesses.

  Takes: app/lem/rdg inline in the text; listWit in the header.
  Gives:
    - in the running text the lemma only (lem, with its names and dates as
      elsewhere), the apparatus in reledmac's series C, keyed to the line:
        \edtext{lemma}{\Cfootnote{reading \EditioSigla{...}; ...}}
      "12 Habit also has] Changed habits produce F"; an omission
      "om. F", a transposition "(transp.)" after the sigla. A lemma the
      editor chose from another witness (lem[@resp]) is followed by its
      sigla; a note in the lemma is not repeated in the entry.
    - an addition (empty lem: the base has no words there) has no lemma of
      its own: an empty \edtext at its place whose \lemma is the word before
      it ("another.] add. Thus B"); at the start of a block, the word after
      it ("before I] add. Thus B").
    - where reledmac has no apparatus (inside a note, outside the text) the
      readings follow the lemma in brackets: "lemma [reading F]".
    - with orthographic-variants='omit', readings of type orthographic or
      punctuation get no entry (an app with only such readings prints its
      lemma alone).
    - witness-list: the witnesses, sigla and descriptions (bibl, or msDesc:
      repository, idno, then its paragraphs), for the title block.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="tei">

  <!-- 'show' (default): every reading in the apparatus; 'omit': readings of
       type orthographic or punctuation are left out. The build takes it from
       the manifest's [print] orthographic_variants. -->
  <xsl:param name="orthographic-variants" select="'show'"/>

  <xsl:key name="editio-witness" match="tei:listWit//tei:witness[@xml:id]" use="@xml:id"/>

  <xsl:template match="tei:app">
    <xsl:variable name="lem" select="tei:lem[1]"/>
    <xsl:variable name="entry">
      <xsl:call-template name="app-entry"/>
    </xsl:variable>
    <xsl:variable name="in-app">
      <xsl:call-template name="in-apparatus-context"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="string($entry) = ''">
        <xsl:apply-templates select="$lem/node()"/>
      </xsl:when>
      <xsl:when test="$in-app != 'yes'">
        <xsl:apply-templates select="$lem/node()"/>
        <xsl:if test="normalize-space($lem) != ''">
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:text>{[}</xsl:text>
        <xsl:value-of select="$entry"/>
        <xsl:text>{]}</xsl:text>
      </xsl:when>
      <xsl:when test="normalize-space($lem) = '' and not($lem/*)">
        <xsl:variable name="lemma">
          <xsl:call-template name="app-neighbour-lemma"/>
        </xsl:variable>
        <!-- One space around the empty \edtext, as if it were not there:
             after the word before it, \unskip takes the space before it;
             at the start of a block, \ignorespaces the one after it. -->
        <xsl:variable name="first" select="starts-with($lemma, '\EditioLabel{\EditioLabelBefore}')"/>
        <xsl:if test="not($first)">\unskip</xsl:if>
        <xsl:value-of select="concat('\edtext{}{\lemma{', $lemma, '}\Cfootnote{')"/>
        <xsl:value-of select="$entry"/>
        <xsl:text>}}</xsl:text>
        <xsl:if test="$first">\ignorespaces </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>\edtext{</xsl:text>
        <xsl:apply-templates select="$lem/node()"/>
        <xsl:text>}{</xsl:text>
        <!-- The lemma as the entry repeats it: the words only when the lem
             holds a note (its call and text stay in the running text),
             with the sigla when the editor chose it. -->
        <xsl:if test="$lem/@resp or $lem//tei:note">
          <xsl:variable name="words">
            <xsl:for-each select="$lem//text()[not(ancestor::tei:note)]">
              <xsl:value-of select="."/>
            </xsl:for-each>
          </xsl:variable>
          <xsl:text>\lemma{</xsl:text>
          <xsl:call-template name="latex-string">
            <xsl:with-param name="s" select="normalize-space($words)"/>
          </xsl:call-template>
          <xsl:if test="$lem/@resp">
            <xsl:text> </xsl:text>
            <xsl:call-template name="app-sigla">
              <xsl:with-param name="wit" select="$lem/@wit"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:text>}</xsl:text>
        </xsl:if>
        <xsl:text>\Cfootnote{</xsl:text>
        <xsl:value-of select="$entry"/>
        <xsl:text>}}</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The readings of the context app after its lemma: "reading A B;
       om. C; add. reading D", each with "(transp.)" when transposed. -->
  <xsl:template name="app-entry">
    <xsl:variable name="addition" select="normalize-space(tei:lem[1]) = '' and not(tei:lem[1]/*)"/>
    <xsl:for-each select="tei:rdg[not($orthographic-variants = 'omit'
                            and (@type = 'orthographic' or @type = 'punctuation'
                                 or (not(@type) and (../@type = 'orthographic' or ../@type = 'punctuation'))))]">
      <xsl:if test="position() &gt; 1">; </xsl:if>
      <xsl:choose>
        <xsl:when test="normalize-space(.) = '' and not(*)">\EditioLabel{\EditioLabelOmitted}</xsl:when>
        <xsl:otherwise>
          <xsl:if test="$addition and position() = 1">\EditioLabel{\EditioLabelAdded} </xsl:if>
          <xsl:apply-templates/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:text> </xsl:text>
      <xsl:call-template name="app-sigla">
        <xsl:with-param name="wit" select="@wit"/>
      </xsl:call-template>
      <xsl:if test="@type = 'transposition' or (not(@type) and ../@type = 'transposition')">
        <xsl:text> \EditioLabel{(\EditioLabelTransposed)}</xsl:text>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- \EditioSigla{\EditioSiglum{A}\EditioSiglumSep\EditioSiglum{B}} for
       the witnesses of $wit ("#a #b"): each witness's @n, else its id. -->
  <xsl:template name="app-sigla">
    <xsl:param name="wit"/>
    <xsl:text>\EditioSigla{</xsl:text>
    <xsl:call-template name="app-sigla-list">
      <xsl:with-param name="rest" select="normalize-space($wit)"/>
    </xsl:call-template>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <xsl:template name="app-sigla-list">
    <xsl:param name="rest"/>
    <xsl:param name="first" select="true()"/>
    <xsl:if test="$rest != ''">
      <xsl:variable name="ref" select="substring-before(concat($rest, ' '), ' ')"/>
      <xsl:variable name="id" select="substring-after($ref, '#')"/>
      <xsl:variable name="w" select="key('editio-witness', $id)"/>
      <xsl:if test="not($first)">\EditioSiglumSep</xsl:if>
      <xsl:text>\EditioSiglum{</xsl:text>
      <xsl:call-template name="latex-string">
        <xsl:with-param name="s">
          <xsl:choose>
            <xsl:when test="normalize-space($w/@n) != ''"><xsl:value-of select="normalize-space($w/@n)"/></xsl:when>
            <xsl:when test="$id != ''"><xsl:value-of select="$id"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$ref"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:text>}</xsl:text>
      <xsl:call-template name="app-sigla-list">
        <xsl:with-param name="rest" select="substring-after($rest, ' ')"/>
        <xsl:with-param name="first" select="false()"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The lemma of an addition: the last word printed before the context
       app in its block ("another."), else "before" and the first word
       after it. Printed words are text outside readings and notes. -->
  <xsl:template name="app-neighbour-lemma">
    <xsl:variable name="block" select="generate-id(ancestor::*[self::tei:p or self::tei:head or self::tei:item
        or self::tei:l or self::tei:ab or self::tei:cell or self::tei:label or self::tei:dateline
        or self::tei:salute or self::tei:signed or self::tei:addrLine or self::tei:note][1])"/>
    <xsl:variable name="before"
        select="preceding::text()[normalize-space()][not(ancestor::tei:rdg or ancestor::tei:note[not(generate-id() = $block)])][1]"/>
    <xsl:variable name="after"
        select="following::text()[normalize-space()][not(ancestor::tei:rdg or ancestor::tei:note[not(generate-id() = $block)])][1]"/>
    <xsl:choose>
      <xsl:when test="$before and generate-id($before/ancestor::*[self::tei:p or self::tei:head or self::tei:item
          or self::tei:l or self::tei:ab or self::tei:cell or self::tei:label or self::tei:dateline
          or self::tei:salute or self::tei:signed or self::tei:addrLine or self::tei:note][1]) = $block">
        <xsl:call-template name="latex-string">
          <xsl:with-param name="s">
            <xsl:call-template name="app-last-word">
              <xsl:with-param name="s" select="normalize-space($before)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$after">
        <xsl:text>\EditioLabel{\EditioLabelBefore} </xsl:text>
        <xsl:call-template name="latex-string">
          <xsl:with-param name="s" select="substring-before(concat(normalize-space($after), ' '), ' ')"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="app-last-word">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, ' ')">
        <xsl:call-template name="app-last-word">
          <xsl:with-param name="s" select="substring-after($s, ' ')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- lem and rdg met outside an app's template (a mode that copies text):
       the lemma's words only. -->
  <xsl:template match="tei:rdg"/>

  <!-- ================================================================== -->
  <!-- The witnesses (title block)                                        -->
  <!-- ================================================================== -->

  <!-- \begin{EditioWitnesses} \EditioWitness{siglum}{description} …
       \end{EditioWitnesses}, in listWit's order; nothing without one. -->
  <xsl:template name="witness-list">
    <xsl:param name="header" select="/tei:TEI/tei:teiHeader"/>
    <xsl:variable name="witnesses" select="$header/tei:fileDesc/tei:sourceDesc//tei:listWit//tei:witness"/>
    <xsl:if test="$witnesses">
      <xsl:text>\begin{EditioWitnesses}&#10;</xsl:text>
      <xsl:for-each select="$witnesses">
        <xsl:text>\EditioWitness{</xsl:text>
        <xsl:call-template name="latex-string">
          <xsl:with-param name="s">
            <xsl:choose>
              <xsl:when test="normalize-space(@n) != ''"><xsl:value-of select="normalize-space(@n)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="@xml:id"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:text>}{</xsl:text>
        <xsl:apply-templates select="." mode="witness-description"/>
        <xsl:text>}&#10;</xsl:text>
      </xsl:for-each>
      <xsl:text>\end{EditioWitnesses}&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:witness" mode="witness-description">
    <xsl:choose>
      <xsl:when test="tei:msDesc">
        <xsl:apply-templates select="tei:msDesc" mode="citation"/>
        <xsl:for-each select="tei:msDesc/tei:p[normalize-space(.) != '']">
          <xsl:text>. </xsl:text>
          <xsl:apply-templates/>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="tei:bibl">
        <xsl:apply-templates select="tei:bibl[1]" mode="citation"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="latex-string">
          <xsl:with-param name="s" select="normalize-space(.)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
