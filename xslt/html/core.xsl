<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio HTML, document pages: the elements of the TEI core module (part of
  document.xsl): paragraphs, lists, quotations, verse, highlighting and
  phrase-level elements, titles, segments, links, breaks and anchors; the
  fallback for any other element; rend-classes.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:libxslt="http://xmlsoft.org/XSLT/namespace"
    exclude-result-prefixes="tei libxslt">

  <!-- The mark before a paragraph's number (p/@n), which links to the
       paragraph: default '¶' ("¶12"). -->
  <xsl:param name="paragraph-mark" select="'¶'"/>

  <!-- Paragraphs ....................................................... -->

  <xsl:template match="tei:p">
    <xsl:call-template name="paragraph"/>
  </xsl:template>

  <xsl:template match="tei:ab">
    <xsl:call-template name="paragraph"/>
  </xsl:template>

  <!-- <p id="{xml:id}"><a class="pn" href="#{xml:id}">¶n</a> …</p>.
       A TEI paragraph holding a list, a block quote or a table becomes
       <div class="para para-block">, since an HTML <p> cannot hold them. -->
  <xsl:template name="paragraph">
    <xsl:variable name="block">
      <xsl:call-template name="has-block-content"/>
    </xsl:variable>
    <xsl:variable name="id">
      <xsl:choose>
        <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
        <xsl:when test="@n"><xsl:value-of select="concat('p-', normalize-space(@n))"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="$block = 'yes'">div</xsl:when>
        <xsl:otherwise>p</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:if test="$id != ''">
        <xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute>
      </xsl:if>
      <xsl:attribute name="class">
        <xsl:text>para</xsl:text>
        <xsl:if test="$block = 'yes'"> para-block</xsl:if>
        <xsl:if test="self::tei:ab"> ab</xsl:if>
        <xsl:call-template name="rend-classes"/>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <xsl:if test="normalize-space(@n) != '' and $id != ''">
        <a class="pn" href="#{$id}">
          <xsl:attribute name="aria-label">
            <xsl:call-template name="label">
              <xsl:with-param name="key" select="'paragraph'"/>
            </xsl:call-template>
            <xsl:value-of select="concat(' ', normalize-space(@n))"/>
          </xsl:attribute>
          <xsl:value-of select="concat($paragraph-mark, normalize-space(@n))"/>
        </a>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- 'yes' when the context element holds block-level children that an
       HTML <p> may not contain. Notes do not count: only their call is
       written in place. -->
  <xsl:template name="has-block-content">
    <xsl:choose>
      <xsl:when test="tei:p | tei:ab | tei:list | tei:table | tei:lg | tei:l | tei:figure
                      | tei:postscript | tei:div | tei:sp
                      | tei:quote[tei:p | tei:ab | tei:lg | tei:l | tei:list | tei:table]
                      | tei:cit[tei:quote[tei:p | tei:ab | tei:lg | tei:l | tei:list | tei:table]]">yes</xsl:when>
      <xsl:otherwise>no</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Lists ............................................................ -->

  <!-- ordered/numbered lists -> <ol>, gloss lists -> <dl>, others -> <ul>.
       TEI type "simple" (no numbers, no bullets) keeps class list-simple. -->
  <xsl:template match="tei:list">
    <xsl:variable name="type">
      <xsl:call-template name="lower-case">
        <xsl:with-param name="s" select="normalize-space(@type)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="rend" select="concat(' ', normalize-space(@rend), ' ')"/>
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="$type = 'gloss' or tei:label">dl</xsl:when>
        <xsl:when test="$type = 'ordered' or $type = 'numbered'
                        or contains($rend, ' numbered ') or contains($rend, ' ordered ')">ol</xsl:when>
        <xsl:otherwise>ul</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:apply-templates select="tei:head"/>
    <xsl:element name="{$element}">
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:attribute name="class">
        <xsl:text>list</xsl:text>
        <xsl:if test="$type != ''"><xsl:value-of select="concat(' list-', $type)"/></xsl:if>
        <xsl:call-template name="rend-classes"/>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates select="*[not(self::tei:head)]"/>
    </xsl:element>
  </xsl:template>

  <!-- In an ordered list a numeric @n becomes the item's value. -->
  <xsl:template match="tei:item">
    <li>
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="../@type = 'ordered' or ../@type = 'numbered'">
        <xsl:if test="string(number(@n)) != 'NaN' and floor(number(@n)) = number(@n)">
          <xsl:attribute name="value"><xsl:value-of select="number(@n)"/></xsl:attribute>
        </xsl:if>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </li>
  </xsl:template>

  <!-- A gloss list: a key, not a pattern that tests the list's children for
       a label for each of its items (quadratic in the length of the list). -->
  <xsl:key name="gloss-list" match="tei:list[@type = 'gloss' or tei:label]" use="generate-id()"/>

  <xsl:template match="tei:label[key('gloss-list', generate-id(parent::tei:list))]">
    <dt>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </dt>
  </xsl:template>

  <xsl:template match="tei:item[key('gloss-list', generate-id(parent::tei:list))]">
    <dd>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </dd>
  </xsl:template>

  <xsl:template match="tei:label">
    <span class="label">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- Quotations ....................................................... -->

  <!-- Quotation marks are part of the TEI text, so inline quotations are
       spans (an HTML <q> would add a second pair). -->
  <xsl:template match="tei:quote">
    <xsl:variable name="block">
      <xsl:call-template name="has-block-content"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$block = 'yes'">
        <blockquote class="quote">
          <xsl:if test="@xml:id">
            <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
          </xsl:if>
          <xsl:if test="starts-with(@source, 'http://') or starts-with(@source, 'https://')">
            <xsl:attribute name="cite"><xsl:value-of select="@source"/></xsl:attribute>
          </xsl:if>
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates/>
        </blockquote>
      </xsl:when>
      <xsl:otherwise>
        <span class="quote">
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:q">
    <span class="q">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:said">
    <span class="said">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- A block quotation with its reference becomes a figure. -->
  <xsl:template match="tei:cit">
    <xsl:variable name="block">
      <xsl:for-each select="tei:quote[1]">
        <xsl:call-template name="has-block-content"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$block = 'yes'">
        <figure class="cit">
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates select="tei:quote"/>
          <xsl:if test="*[not(self::tei:quote)]">
            <figcaption>
              <xsl:apply-templates select="*[not(self::tei:quote)]"/>
            </figcaption>
          </xsl:if>
        </figure>
      </xsl:when>
      <xsl:otherwise>
        <span class="cit">
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Verse ............................................................ -->

  <xsl:template match="tei:lg">
    <div class="lg">
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="tei:l">
    <div class="l">
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- Highlighting and phrase-level elements ........................... -->

  <!-- @rend tokens pick the element (sup, sub, code, i, b, u, s, else span:
       smallcaps, spaced) and all of them become classes: rend="italic
       spaced" -> <i class="hi rend-italic rend-spaced">. hi makes no claim
       on the reason, so the elements are the typographic ones (i, not em). -->
  <xsl:template match="tei:hi">
    <xsl:variable name="r">
      <xsl:call-template name="lower-case">
        <xsl:with-param name="s" select="concat(' ', normalize-space(@rend), ' ')"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="contains($r, ' sup ') or contains($r, ' superscript ')">sup</xsl:when>
        <xsl:when test="contains($r, ' sub ') or contains($r, ' subscript ')">sub</xsl:when>
        <xsl:when test="contains($r, ' code ')">code</xsl:when>
        <xsl:when test="contains($r, ' italic ') or contains($r, ' italics ')">i</xsl:when>
        <xsl:when test="contains($r, ' bold ')">b</xsl:when>
        <xsl:when test="contains($r, ' underline ')">u</xsl:when>
        <xsl:when test="contains($r, ' strikethrough ') or contains($r, ' line-through ')">s</xsl:when>
        <xsl:otherwise>span</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:attribute name="class">
        <xsl:text>hi</xsl:text>
        <xsl:call-template name="rend-classes"/>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:emph">
    <em>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </em>
  </xsl:template>

  <xsl:template match="tei:foreign">
    <span class="foreign">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:term">
    <span class="term">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:mentioned">
    <span class="mentioned">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:soCalled">
    <span class="socalled">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- Titles of works named in the text. -->
  <xsl:template match="tei:title">
    <cite>
      <xsl:attribute name="class">
        <xsl:text>title</xsl:text>
        <xsl:if test="@level"><xsl:value-of select="concat(' title-', @level)"/></xsl:if>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </cite>
  </xsl:template>

  <xsl:template match="tei:bibl">
    <span class="bibl">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- Segments and identifiers of the text: a class per @type, e.g. in an
       opener seg.seg-classification ("Top secret"), seg.seg-addressee,
       idno.idno-reference ("No. 123"); idno.idno-shelfmark in a headnote. -->
  <xsl:template match="tei:seg | tei:idno">
    <span>
      <xsl:attribute name="class">
        <xsl:value-of select="local-name()"/>
        <xsl:if test="normalize-space(@type) != ''">
          <xsl:value-of select="concat(' ', local-name(), '-', translate(normalize-space(@type), ' ', '-'))"/>
        </xsl:if>
        <xsl:call-template name="rend-classes"/>
      </xsl:attribute>
      <xsl:if test="@xml:id">
        <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- Links, breaks and anchors ........................................ -->

  <xsl:template match="tei:ref">
    <xsl:variable name="target">
      <xsl:call-template name="safe-href">
        <xsl:with-param name="url" select="substring-before(concat(normalize-space(@target), ' '), ' ')"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$target != ''">
        <!-- A link out of the edition (http, https) opens no window the
             linked page could reach back from (rel="noopener"); a link
             whose text is its address (a bare URL) may break anywhere. -->
        <xsl:variable name="scheme" select="translate(substring-before($target, ':'),
            'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
        <xsl:variable name="external" select="$scheme = 'http' or $scheme = 'https'"/>
        <a href="{$target}">
          <xsl:attribute name="class">
            <xsl:text>ref</xsl:text>
            <xsl:if test="$external"> ref-external</xsl:if>
            <xsl:if test="normalize-space(.) = normalize-space(@target)
                          or concat('mailto:', normalize-space(.)) = normalize-space(@target)"> ref-url</xsl:if>
          </xsl:attribute>
          <xsl:if test="$external">
            <xsl:attribute name="rel">noopener</xsl:attribute>
          </xsl:if>
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates/>
          <xsl:if test="normalize-space(.) = '' and not(*)">
            <xsl:value-of select="$target"/>
          </xsl:if>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="ref"><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:ptr">
    <xsl:variable name="target">
      <xsl:call-template name="safe-href">
        <xsl:with-param name="url" select="substring-before(concat(normalize-space(@target), ' '), ' ')"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:if test="$target != ''">
      <a class="ptr" href="{$target}"><xsl:value-of select="$target"/></a>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:lb">
    <br/>
  </xsl:template>

  <!-- Page beginnings of the source: [p. 12] -->
  <xsl:template match="tei:pb">
    <xsl:if test="normalize-space(@n) != '' or @xml:id">
      <span class="pb">
        <xsl:if test="@xml:id">
          <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
        </xsl:if>
        <xsl:if test="normalize-space(@n) != ''">
          <xsl:text>[</xsl:text>
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'page'"/>
          </xsl:call-template>
          <xsl:value-of select="concat(' ', normalize-space(@n), ']')"/>
        </xsl:if>
      </span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:anchor">
    <xsl:if test="@xml:id">
      <span class="anchor" id="{@xml:id}"></span>
    </xsl:if>
  </xsl:template>

  <!-- Anything else: keep its text. -->
  <xsl:template match="tei:*">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="*">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- mode plain: text only, for <title>, the table of contents and title
       attributes. Notes vanish; choice shows its reading text. -->

  <xsl:template match="tei:lb" mode="plain">
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- " rend-italic rend-spaced" from @rend="italic spaced" -->
  <xsl:template name="rend-classes">
    <xsl:param name="tokens" select="normalize-space(@rend)"/>
    <xsl:if test="$tokens != ''">
      <xsl:value-of select="concat(' rend-', substring-before(concat($tokens, ' '), ' '))"/>
      <xsl:call-template name="rend-classes">
        <xsl:with-param name="tokens" select="substring-after($tokens, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
