<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio HTML, document pages: the editor's interventions (TEI core "simple
  editorial changes" and transcr) (part of document.xsl): choice with its
  two readings, sic, corr, reg, orig, abbr, expan, gap, unclear, supplied,
  add, del.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:libxslt="http://xmlsoft.org/XSLT/namespace"
    exclude-result-prefixes="tei libxslt">

  <!-- The marks of the editor's interventions in the text. gap-mark stands
       for an omission (default '[…]'; its reasons are in its title and for
       screen readers); supplied-open and supplied-close enclose what the
       editor supplied, a supplied heading included (default '[' and ']'). -->
  <xsl:param name="gap-mark" select="'[…]'"/>
  <xsl:param name="supplied-open" select="'['"/>
  <xsl:param name="supplied-close" select="']'"/>

  <!-- Editorial interventions .......................................... -->

  <!-- Two readings, both kept in the page (see "Readings" at the top):
         <span class="choice choice-corr">
           <span class="corr" title="In the source: Sidorenko">Sidorov</span>
           <span class="sic" title="Corrected: Sidorov">Sidorenko</span>
         </span>
       likewise choice-reg with reg and orig. The CSS shows one of them, as
       the reading switch says; the title of each names the other reading.
       The expansion of an abbr is kept in its title. -->
  <xsl:template match="tei:choice">
    <xsl:choose>
      <xsl:when test="(tei:corr and tei:sic) or (tei:reg and tei:orig)">
        <xsl:variable name="edition" select="(tei:corr | tei:reg[not(../tei:corr and ../tei:sic)])[1]"/>
        <xsl:variable name="source" select="(tei:sic[../tei:corr] | tei:orig[not(../tei:corr and ../tei:sic)])[1]"/>
        <xsl:variable name="kind" select="local-name($edition)"/>
        <xsl:variable name="edition-text"><xsl:apply-templates select="$edition" mode="plain"/></xsl:variable>
        <xsl:variable name="source-text"><xsl:apply-templates select="$source" mode="plain"/></xsl:variable>
        <span class="choice choice-{$kind}">
          <xsl:for-each select="$edition">
            <span class="{$kind}">
              <xsl:attribute name="title">
                <xsl:call-template name="label">
                  <xsl:with-param name="key" select="'in-source'"/>
                </xsl:call-template>
                <xsl:text>: </xsl:text>
                <xsl:value-of select="normalize-space($source-text)"/>
              </xsl:attribute>
              <xsl:call-template name="lang-attr"/>
              <xsl:apply-templates/>
            </span>
          </xsl:for-each>
          <xsl:for-each select="$source">
            <span class="{local-name()}">
              <xsl:attribute name="title">
                <xsl:call-template name="label">
                  <xsl:with-param name="key">
                    <xsl:choose>
                      <xsl:when test="$kind = 'corr'">corrected-as</xsl:when>
                      <xsl:otherwise>regularized-as</xsl:otherwise>
                    </xsl:choose>
                  </xsl:with-param>
                </xsl:call-template>
                <xsl:text>: </xsl:text>
                <xsl:value-of select="normalize-space($edition-text)"/>
              </xsl:attribute>
              <xsl:call-template name="lang-attr"/>
              <xsl:apply-templates/>
            </span>
          </xsl:for-each>
        </span>
      </xsl:when>
      <xsl:when test="tei:corr">
        <span class="choice corr">
          <xsl:apply-templates select="tei:corr[1]/node()"/>
        </span>
      </xsl:when>
      <xsl:when test="tei:reg">
        <span class="choice reg">
          <xsl:apply-templates select="tei:reg[1]/node()"/>
        </span>
      </xsl:when>
      <xsl:when test="tei:abbr and tei:expan">
        <abbr class="choice">
          <xsl:attribute name="title">
            <xsl:apply-templates select="tei:expan[1]" mode="plain"/>
          </xsl:attribute>
          <xsl:apply-templates select="tei:abbr[1]/node()"/>
        </abbr>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="*[1]"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- sic outside choice: shown as is, flagged [sic]. -->
  <xsl:template match="tei:sic">
    <span class="sic">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
    <xsl:text> </xsl:text>
    <span class="sic-flag">
      <xsl:call-template name="label">
        <xsl:with-param name="key" select="'sic'"/>
      </xsl:call-template>
    </span>
  </xsl:template>

  <xsl:template match="tei:corr">
    <span class="corr">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:reg">
    <span class="reg">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:orig">
    <span class="orig">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:abbr">
    <abbr>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </abbr>
  </xsl:template>

  <xsl:template match="tei:expan">
    <span class="expan">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- […] titled with what the gap's desc says, else with "text omitted"
       and the reason (and extent); screen readers get the same words
       instead of the brackets:
         <span class="gap" title="…"><span aria-hidden="true">[…]</span><span
           class="visually-hidden">[text omitted: …]</span></span> -->
  <xsl:template match="tei:gap">
    <xsl:variable name="label">
      <xsl:call-template name="label">
        <xsl:with-param name="key" select="'gap'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="desc" select="normalize-space(tei:desc[1])"/>
    <xsl:variable name="reason-tokens" select="normalize-space(@reason)"/>
    <xsl:variable name="reason">
      <xsl:call-template name="gap-reasons">
        <xsl:with-param name="tokens" select="$reason-tokens"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="extent" select="normalize-space(concat(@extent, ' ', @quantity, ' ', @unit))"/>
    <xsl:variable name="about">
      <xsl:choose>
        <xsl:when test="$desc != ''">
          <xsl:value-of select="concat(': ', $desc)"/>
        </xsl:when>
        <xsl:when test="$reason != '' or $extent != ''">
          <xsl:text> (</xsl:text>
          <xsl:value-of select="$reason"/>
          <xsl:if test="$reason != '' and $extent != ''">, </xsl:if>
          <xsl:value-of select="$extent"/>
          <xsl:text>)</xsl:text>
        </xsl:when>
      </xsl:choose>
    </xsl:variable>
    <span class="gap">
      <xsl:attribute name="title">
        <xsl:choose>
          <xsl:when test="$desc != ''"><xsl:value-of select="$desc"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat($label, $about)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <span aria-hidden="true"><xsl:value-of select="$gap-mark"/></span>
      <span class="visually-hidden">
        <xsl:value-of select="concat('[', $label, $about, ']')"/>
      </span>
    </span>
  </xsl:template>

  <!-- gap/@reason tokens in words, joined by ", "; an unknown one as it is. -->
  <xsl:template name="gap-reasons">
    <xsl:param name="tokens"/>
    <xsl:if test="$tokens != ''">
      <xsl:variable name="token" select="substring-before(concat($tokens, ' '), ' ')"/>
      <xsl:variable name="word">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="concat('gap-', $token)"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="$word = concat('gap-', $token)"><xsl:value-of select="$token"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$word"/></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="substring-after($tokens, ' ') != ''">, </xsl:if>
      <xsl:call-template name="gap-reasons">
        <xsl:with-param name="tokens" select="substring-after($tokens, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:unclear">
    <span class="unclear">
      <xsl:attribute name="title">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'unclear'"/>
        </xsl:call-template>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:supplied">
    <span class="supplied">
      <xsl:attribute name="title">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'supplied'"/>
        </xsl:call-template>
      </xsl:attribute>
      <xsl:call-template name="lang-attr"/>
      <xsl:value-of select="$supplied-open"/>
      <xsl:apply-templates/>
      <xsl:value-of select="$supplied-close"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:add">
    <ins class="add">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </ins>
  </xsl:template>

  <xsl:template match="tei:del">
    <del class="del">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </del>
  </xsl:template>

  <xsl:template match="tei:choice" mode="plain">
    <xsl:apply-templates mode="plain"
        select="(tei:corr | tei:reg | tei:expan | *[not(../tei:corr | ../tei:reg | ../tei:expan)])[1]"/>
  </xsl:template>

  <xsl:template match="tei:gap" mode="plain">
    <xsl:value-of select="$gap-mark"/>
  </xsl:template>

</xsl:stylesheet>
