<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio print route (part of common.xsl): names and dates. persName,
  placeName, orgName, name, rs and date print their content through the
  \EditioName and \EditioDate hooks; persName[@ref] to a person of
  particDesc gets \EditioIndex{persons}{sortKey@Surname, Forename (other
  language's name)} (the index of persons, in the language $index-lang);
  placeName[@ref] to a place of settingDesc gets \EditioIndex{places}{Name}
  and orgName[@ref] to an org of particDesc \EditioIndex{orgs}{Name} (the
  indexes of places and of organisations: the entry's regular name in
  $index-lang, else its first name in that language, else its first name).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="tei">

  <!-- Names and dates: print the content (\EditioName is a hook); the
       name of a person, a place or an organisation is then indexed. -->
  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs">
    <xsl:value-of select="concat('\EditioName{', local-name(), '}{')"/>
    <xsl:call-template name="latex-string">
      <xsl:with-param name="s" select="@ref | @key[not(../@ref)]"/>
    </xsl:call-template>
    <xsl:text>}{</xsl:text>
    <xsl:call-template name="content-in-language"/>
    <xsl:text>}</xsl:text>
    <xsl:choose>
      <xsl:when test="self::tei:persName">
        <xsl:call-template name="index-entries">
          <xsl:with-param name="index" select="'persons'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="self::tei:placeName">
        <xsl:call-template name="index-entries">
          <xsl:with-param name="index" select="'places'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="self::tei:orgName">
        <xsl:call-template name="index-entries">
          <xsl:with-param name="index" select="'orgs'"/>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================== -->
  <!-- Indexes of persons, places and organisations                       -->
  <!-- ================================================================== -->

  <!-- The key (common.xsl) that finds the entries an index lists:
       persons → editio-person, places → editio-place, orgs → editio-org. -->
  <xsl:template name="index-key-name">
    <xsl:param name="index"/>
    <xsl:value-of select="concat('editio-', substring($index, 1, string-length($index) - 1))"/>
  </xsl:template>

  <!-- 'yes' when the context name gets index entries: in the text (all
       of it is numbered), pointing somewhere, and not in the source's
       reading of a choice (sic, orig, abbr), whose edited reading counts. -->
  <xsl:template name="name-indexed">
    <xsl:if test="ancestor::tei:text and normalize-space(@ref) != ''
                  and not(ancestor::*[self::tei:sic or self::tei:orig or self::tei:abbr][parent::tei:choice])">yes</xsl:if>
  </xsl:template>

  <!-- One \EditioIndex{$index}{…} per pointer of @ref that resolves to an
       entry of the index: a person (or personGrp) of particDesc, a place of
       settingDesc, an org of particDesc. -->
  <xsl:template name="index-entries">
    <xsl:param name="index"/>
    <xsl:param name="tokens" select="normalize-space(@ref)"/>
    <xsl:variable name="indexed">
      <xsl:call-template name="name-indexed"/>
    </xsl:variable>
    <xsl:if test="$indexed = 'yes' and $tokens != ''">
      <xsl:variable name="key-name">
        <xsl:call-template name="index-key-name">
          <xsl:with-param name="index" select="$index"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:variable name="token" select="substring-before(concat($tokens, ' '), ' ')"/>
      <xsl:for-each select="key(string($key-name), substring-after($token, '#'))[starts-with($token, '#')][1]">
        <xsl:value-of select="concat('\EditioIndex{', $index, '}{')"/>
        <xsl:choose>
          <xsl:when test="$index = 'persons'"><xsl:call-template name="person-index-key"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="entity-index-key"/></xsl:otherwise>
        </xsl:choose>
        <xsl:text>}</xsl:text>
      </xsl:for-each>
      <xsl:call-template name="index-entries">
        <xsl:with-param name="index" select="$index"/>
        <xsl:with-param name="tokens" select="substring-after($tokens, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- "0075@Surname, Forename Patronymic (Фамилия Имя Отчество)" for
       the context person: its @sortKey (the rank in the edition's register),
       then the regular name in the index language, surname first, then the
       regular name in the other language as written. LaTeX-escaped, and
       makeindex's own specials quoted. -->
  <xsl:template name="person-index-key">
    <xsl:call-template name="index-key">
      <xsl:with-param name="display">
        <xsl:call-template name="person-index-display"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- "Name" for the context place or org: its regular name in the index
       language, else its first name in that language, else its first name;
       sorted by its @sortKey when it has one, else by that name (makeindex
       compares the characters' codes: right for the letters of one
       alphabet without accents). -->
  <xsl:template name="entity-index-key">
    <xsl:variable name="names" select="(tei:placeName | tei:orgName)[normalize-space(.) != '']"/>
    <xsl:variable name="in-index" select="$names[translate(substring-before(concat(normalize-space(@xml:lang), '-'), '-'),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') = $index-primary]"/>
    <xsl:call-template name="index-key">
      <xsl:with-param name="display">
        <xsl:choose>
          <xsl:when test="$in-index[@type = 'reg']"><xsl:value-of select="$in-index[@type = 'reg'][1]"/></xsl:when>
          <xsl:when test="$in-index"><xsl:value-of select="$in-index[1]"/></xsl:when>
          <xsl:when test="$names"><xsl:value-of select="$names[1]"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="@xml:id"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- "sortKey@display" for makeindex (the context entry's @sortKey, else
       the display), LaTeX-escaped, and makeindex's own specials quoted. -->
  <xsl:template name="index-key">
    <xsl:param name="display"/>
    <xsl:variable name="display-tex">
      <xsl:call-template name="latex-escape">
        <xsl:with-param name="text" select="normalize-space($display)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="display-idx">
      <xsl:call-template name="makeindex-quote">
        <xsl:with-param name="text" select="string($display-tex)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="normalize-space(@sortKey) != ''">
        <xsl:call-template name="makeindex-quote">
          <xsl:with-param name="text">
            <xsl:call-template name="latex-escape">
              <xsl:with-param name="text" select="normalize-space(@sortKey)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$display-idx"/></xsl:otherwise>
    </xsl:choose>
    <xsl:text>@</xsl:text>
    <xsl:value-of select="$display-idx"/>
  </xsl:template>

  <!-- Plain text of the entry (context: the person). -->
  <xsl:template name="person-index-display">
    <xsl:variable name="regs" select="(tei:persName | tei:name)[@type = 'reg'][normalize-space(.) != '']"/>
    <xsl:variable name="in-index" select="$regs[translate(substring-before(concat(normalize-space(@xml:lang), '-'), '-'),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') = $index-primary]"/>
    <xsl:variable name="in-en" select="$regs[translate(substring-before(concat(normalize-space(@xml:lang), '-'), '-'),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') = 'en']"/>
    <xsl:variable name="main"
        select="($in-index | $in-en[not($in-index)] | $regs[not($in-index or $in-en)]
                 | (tei:persName | tei:name)[normalize-space(.) != ''][not($regs)])[1]"/>
    <xsl:variable name="main-lang" select="translate(substring-before(concat(normalize-space($main/@xml:lang), '-'), '-'),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:variable name="other" select="$regs[translate(substring-before(concat(normalize-space(@xml:lang), '-'), '-'),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') != $main-lang][1]"/>
    <xsl:choose>
      <xsl:when test="not($main)"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:when test="$main/tei:surname[normalize-space(.) != '']">
        <xsl:for-each select="$main/tei:surname[normalize-space(.) != '']">
          <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
        <xsl:for-each select="$main/*[not(self::tei:surname)][normalize-space(.) != '']">
          <xsl:choose>
            <xsl:when test="position() = 1">, </xsl:when>
            <xsl:otherwise><xsl:text> </xsl:text></xsl:otherwise>
          </xsl:choose>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($main)"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$other and normalize-space($other) != normalize-space($main)">
      <xsl:value-of select="concat(' (', normalize-space($other), ')')"/>
    </xsl:if>
  </xsl:template>

  <!-- makeindex reads @ ! | " in an entry as its own syntax: each gets its
       quote character " before it. -->
  <xsl:template name="makeindex-quote">
    <xsl:param name="text"/>
    <xsl:choose>
      <xsl:when test="translate($text, '@!|&quot;', '') = $text">
        <xsl:value-of select="$text"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="n" select="string-length(substring-before(translate($text, '!|&quot;', '@@@'), '@'))"/>
        <xsl:value-of select="substring($text, 1, $n)"/>
        <xsl:text>"</xsl:text>
        <xsl:value-of select="substring($text, $n + 1, 1)"/>
        <xsl:call-template name="makeindex-quote">
          <xsl:with-param name="text" select="substring($text, $n + 2)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Non-empty when the text indexes at least one name in $index (then
       the document prints that index): an 'x' per indexed name. -->
  <xsl:template name="has-index">
    <xsl:param name="index"/>
    <xsl:variable name="key-name">
      <xsl:call-template name="index-key-name">
        <xsl:with-param name="index" select="$index"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="$index = 'places'">placeName</xsl:when>
        <xsl:when test="$index = 'orgs'">orgName</xsl:when>
        <xsl:otherwise>persName</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:for-each select="/tei:TEI/tei:text//*[local-name() = string($element)][@ref]
        [not(ancestor::*[self::tei:sic or self::tei:orig or self::tei:abbr][parent::tei:choice])]">
      <xsl:call-template name="refs-resolve">
        <xsl:with-param name="key-name" select="string($key-name)"/>
        <xsl:with-param name="tokens" select="normalize-space(@ref)"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="refs-resolve">
    <xsl:param name="key-name"/>
    <xsl:param name="tokens"/>
    <xsl:if test="$tokens != ''">
      <xsl:variable name="token" select="substring-before(concat($tokens, ' '), ' ')"/>
      <xsl:choose>
        <xsl:when test="starts-with($token, '#') and key($key-name, substring-after($token, '#'))">x</xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="refs-resolve">
            <xsl:with-param name="key-name" select="$key-name"/>
            <xsl:with-param name="tokens" select="substring-after($tokens, ' ')"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:date">
    <xsl:text>\EditioDate{</xsl:text>
    <xsl:call-template name="latex-string">
      <xsl:with-param name="s" select="@when | @from | @notBefore"/>
    </xsl:call-template>
    <xsl:text>}{</xsl:text>
    <xsl:call-template name="content-in-language"/>
    <xsl:text>}</xsl:text>
  </xsl:template>

</xsl:stylesheet>
