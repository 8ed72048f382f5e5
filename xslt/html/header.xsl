<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio HTML, document pages: what is shown of the teiHeader (part of
  document.xsl). The header is never rendered wholesale: the page asks for
  the rows of its description list here.

    translator-meta ...... translators (resp key="trl", editor role="translator")
    licence-meta, licence-content   publicationStmt/availability
    correspondence-meta .. correspDesc: sender, addressee, date
    mode citation ........ sourceDesc: bibl as a reference, msDesc as the
                           archival reference (mode shelfmark)
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:libxslt="http://xmlsoft.org/XSLT/namespace"
    exclude-result-prefixes="tei libxslt">

  <!-- The metadata is read where it is needed, never rendered wholesale. -->
  <xsl:template match="tei:teiHeader"/>

  <!-- The translators: titleStmt's editor[@role='translator'] and the
       respStmts whose resp has the relator code of translation
       (resp key="trl", which the TEI writer sets), else those of the
       sourceDesc bibls. Each by its name; a resp that says more than
       "translation" follows in parentheses. -->
  <xsl:template name="translator-meta">
    <xsl:variable name="own"
        select="$titleStmt/tei:editor[@role = 'translator'][normalize-space(.) != '']
                | $titleStmt/tei:respStmt[tei:persName | tei:name | tei:orgName]
                  [tei:resp/@key = 'trl']"/>
    <xsl:variable name="of-source"
        select="$header/tei:fileDesc/tei:sourceDesc/tei:bibl/tei:editor[@role = 'translator'][normalize-space(.) != '']
                | $header/tei:fileDesc/tei:sourceDesc/tei:bibl/tei:respStmt[tei:persName | tei:name | tei:orgName]
                  [tei:resp/@key = 'trl']"/>
    <xsl:variable name="translators" select="$own | $of-source[not($own)]"/>
    <xsl:if test="$translators">
      <div class="meta-translator">
        <dt>
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'translation'"/>
          </xsl:call-template>
        </dt>
        <xsl:for-each select="$translators">
          <dd>
            <xsl:choose>
              <xsl:when test="self::tei:respStmt">
                <xsl:for-each select="tei:persName | tei:name | tei:orgName">
                  <xsl:if test="position() > 1">, </xsl:if>
                  <xsl:apply-templates select="."/>
                </xsl:for-each>
                <xsl:variable name="resp" select="normalize-space(translate(tei:resp, 'ABCDEFGHIJKLMNOPQRSTUVWXYZПТ', 'abcdefghijklmnopqrstuvwxyzпт'))"/>
                <xsl:if test="$resp != '' and not(contains('|translation|translated by|translator|translators|trans.|transl.|перевод|перевод с русского|переводчик|переводчики|пер.|',
                                                           concat('|', $resp, '|')))">
                  <span class="meta-resp"><xsl:value-of select="concat(' (', normalize-space(tei:resp), ')')"/></span>
                </xsl:if>
              </xsl:when>
              <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
            </xsl:choose>
          </dd>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- The licence (publicationStmt/availability) in the description list,
       as in the footer. -->
  <xsl:template name="licence-meta">
    <xsl:variable name="availability" select="$header/tei:fileDesc/tei:publicationStmt/tei:availability"/>
    <xsl:variable name="licences"
        select="$availability/tei:licence | $availability/tei:p[not(../tei:licence)]"/>
    <xsl:if test="$licences[normalize-space(.) != '' or normalize-space(@target) != '']">
      <div class="meta-licence">
        <dt>
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'licence'"/>
          </xsl:call-template>
        </dt>
        <xsl:for-each select="$licences[normalize-space(.) != '' or normalize-space(@target) != '']">
          <dd><xsl:call-template name="licence-content"/></dd>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- Context: a licence (linked to its @target) or an availability/p. -->
  <xsl:template name="licence-content">
    <xsl:variable name="href">
      <xsl:call-template name="safe-href">
        <xsl:with-param name="url" select="@target"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="self::tei:licence and $href != '' and not(tei:p)">
        <a rel="license" href="{$href}">
          <xsl:apply-templates/>
          <xsl:if test="normalize-space(.) = ''">
            <xsl:value-of select="normalize-space(@target)"/>
          </xsl:if>
        </a>
      </xsl:when>
      <xsl:when test="tei:p">
        <xsl:for-each select="tei:p">
          <xsl:if test="position() > 1"><xsl:text> </xsl:text></xsl:if>
          <xsl:apply-templates/>
        </xsl:for-each>
        <xsl:if test="$href != ''">
          <xsl:text> </xsl:text>
          <a rel="license" href="{$href}">
            <xsl:value-of select="$href"/>
          </a>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The divisions of the text by id (a search of the whole text for each
       correspDesc would take time growing with both). -->
  <xsl:key name="text-div" match="tei:text//tei:div[@xml:id]" use="@xml:id"/>

  <!-- profileDesc/correspDesc in the description list: sender and
       addressee (names, then the place in parentheses) and the date sent. -->
  <xsl:template name="correspondence-meta">
    <xsl:choose>
      <xsl:when test="count($header/tei:profileDesc/tei:correspDesc) &gt; 1">
        <!-- Several texts in one source: one row per text, "sender → addressee, date". -->
        <xsl:for-each select="$header/tei:profileDesc/tei:correspDesc">
          <xsl:variable name="target" select="substring(@corresp, 2)"/>
          <xsl:variable name="type" select="key('text-div', $target)/@type"/>
          <div class="meta-correspondence">
            <dt>
              <xsl:choose>
                <xsl:when test="normalize-space($type) != ''">
                  <xsl:value-of select="concat(translate(substring($type, 1, 1), 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), substring($type, 2))"/>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="position()"/></xsl:otherwise>
              </xsl:choose>
            </dt>
            <dd>
              <xsl:for-each select="tei:correspAction[@type = 'sent']">
                <xsl:call-template name="correspondent"/>
              </xsl:for-each>
              <xsl:for-each select="tei:correspAction[@type = 'received'][tei:persName | tei:orgName | tei:name]">
                <xsl:text> → </xsl:text>
                <xsl:call-template name="correspondent"/>
              </xsl:for-each>
              <xsl:for-each select="tei:correspAction[@type = 'sent']/tei:date[normalize-space(.) != '' or @when or @from or @notBefore or @notAfter][1]">
                <xsl:text>, </xsl:text>
                <xsl:apply-templates select="."/>
              </xsl:for-each>
            </dd>
          </div>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="correspondence-meta-one"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="correspondence-meta-one">
    <xsl:variable name="actions" select="$header/tei:profileDesc/tei:correspDesc/tei:correspAction"/>
    <xsl:variable name="sent" select="$actions[@type = 'sent']"/>
    <xsl:variable name="received" select="$actions[@type = 'received']"/>
    <xsl:if test="$sent[tei:persName | tei:orgName | tei:name]">
      <div class="meta-sender">
        <dt>
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'sender'"/>
          </xsl:call-template>
        </dt>
        <xsl:for-each select="$sent[tei:persName | tei:orgName | tei:name]">
          <dd><xsl:call-template name="correspondent"/></dd>
        </xsl:for-each>
      </div>
    </xsl:if>
    <xsl:if test="$received[tei:persName | tei:orgName | tei:name]">
      <div class="meta-addressee">
        <dt>
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'addressee'"/>
          </xsl:call-template>
        </dt>
        <xsl:for-each select="$received[tei:persName | tei:orgName | tei:name]">
          <dd><xsl:call-template name="correspondent"/></dd>
        </xsl:for-each>
      </div>
    </xsl:if>
    <xsl:variable name="dates" select="$sent/tei:date[normalize-space(.) != '' or @when or @from or @notBefore or @notAfter]"/>
    <xsl:if test="$dates">
      <div class="meta-date">
        <dt>
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'date'"/>
          </xsl:call-template>
        </dt>
        <xsl:for-each select="$dates">
          <dd><xsl:apply-templates select="."/></dd>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- Context: a correspAction. "I. I. Petrov, A. A. Ivanov (Moscow)" -->
  <xsl:template name="correspondent">
    <xsl:for-each select="tei:persName | tei:orgName | tei:name">
      <xsl:if test="position() > 1">, </xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
    <xsl:for-each select="tei:placeName[normalize-space(.) != ''][1]">
      <xsl:text> (</xsl:text>
      <xsl:apply-templates select="."/>
      <xsl:text>)</xsl:text>
    </xsl:for-each>
  </xsl:template>

  <!-- Notes in the header (e.g. in sourceDesc) are read by the citation
       templates, not rendered as note calls. -->
  <xsl:template match="tei:teiHeader//tei:note"/>

  <!-- mode citation: sourceDesc/bibl as a reference.
       Author, Title, trans. X, Place: Publisher, Date. URL. Note -->
  <xsl:template match="tei:bibl" mode="citation">
    <xsl:choose>
      <xsl:when test="tei:title">
        <span class="citation">
          <xsl:call-template name="lang-attr"/>
          <xsl:for-each select="tei:author | tei:title | tei:editor | tei:edition | tei:pubPlace
                                | tei:publisher | tei:date | tei:biblScope | tei:idno">
            <xsl:if test="position() > 1">
              <xsl:choose>
                <xsl:when test="self::tei:publisher and preceding-sibling::*[1][self::tei:pubPlace]">: </xsl:when>
                <xsl:otherwise>, </xsl:otherwise>
              </xsl:choose>
            </xsl:if>
            <xsl:apply-templates select="." mode="citation"/>
          </xsl:for-each>
          <xsl:text>.</xsl:text>
          <xsl:for-each select="tei:ref[@target] | tei:ptr[@target]">
            <xsl:text> </xsl:text>
            <xsl:apply-templates select="."/>
            <xsl:text>.</xsl:text>
          </xsl:for-each>
        </span>
        <xsl:for-each select="tei:note">
          <xsl:text> </xsl:text>
          <span class="citation-note">
            <xsl:call-template name="lang-attr"/>
            <xsl:apply-templates select="node()[not(self::tei:p)] | tei:p/node()"/>
          </span>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <span class="citation">
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates mode="citation"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Monographs, journals, series: italic <cite>. Articles, chapters and
       unpublished items: in quotation marks of the page language. -->
  <xsl:template match="tei:title" mode="citation">
    <xsl:choose>
      <xsl:when test="@level = 'a' or @level = 'u'">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'quote-open'"/>
        </xsl:call-template>
        <span class="title title-{@level}">
          <xsl:call-template name="lang-attr"/>
          <xsl:apply-templates/>
        </span>
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'quote-close'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="."/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:editor" mode="citation">
    <xsl:call-template name="label">
      <xsl:with-param name="key">
        <xsl:choose>
          <xsl:when test="@role = 'translator'">translated-by</xsl:when>
          <xsl:otherwise>ed.</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:text> </xsl:text>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Inline: a note's paragraphs lose their <p> inside the citation. -->
  <xsl:template match="tei:note" mode="citation">
    <span class="citation-note">
      <xsl:apply-templates select="node()[not(self::tei:p)] | tei:p/node()"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:p" mode="citation">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- The archival reference: "GARF, f. 1, op. 2, d. 3, l. 10–12" from
       msIdentifier (settlement, institution, repository, collection, idno
       by @type: fond, opis, delo; other idnos as they are) and the first
       locus of msContents (@from and @to, else its text). -->
  <xsl:template match="tei:msDesc" mode="citation">
    <span class="shelfmark">
      <xsl:for-each select="tei:msIdentifier/*[normalize-space(.) != ''][not(self::tei:altIdentifier or self::tei:msName)]
                            | (tei:msContents//tei:locus)[normalize-space(.) != '' or @from][1]">
        <xsl:if test="position() > 1">, </xsl:if>
        <xsl:apply-templates select="." mode="shelfmark"/>
      </xsl:for-each>
    </span>
  </xsl:template>

  <xsl:template match="tei:idno[@type = 'fond' or @type = 'opis' or @type = 'delo']" mode="shelfmark">
    <xsl:call-template name="label">
      <xsl:with-param name="key" select="concat('idno-', @type)"/>
    </xsl:call-template>
    <xsl:value-of select="concat('&#160;', normalize-space(.))"/>
  </xsl:template>

  <xsl:template match="tei:locus[@from]" mode="shelfmark">
    <xsl:call-template name="label">
      <xsl:with-param name="key" select="'folio'"/>
    </xsl:call-template>
    <xsl:value-of select="concat('&#160;', normalize-space(@from))"/>
    <xsl:if test="normalize-space(@to) != '' and normalize-space(@to) != normalize-space(@from)">
      <xsl:value-of select="concat('–', normalize-space(@to))"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="shelfmark">
    <xsl:value-of select="normalize-space(.)"/>
  </xsl:template>

  <xsl:template match="*" mode="citation">
    <xsl:apply-templates select="."/>
  </xsl:template>

</xsl:stylesheet>
