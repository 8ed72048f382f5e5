<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio print route (part of common.xsl): inline elements of the TEI core
  module, in the body, the notes and the header alike: hi, emph, foreign,
  mentioned, title, q, said, quote in running text, code; lb, pb, ptr,
  space, cell in running text, the elements that carry no text; then the
  blocks' fallback (any other element) and addrLine in running text.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="tei">

  <xsl:template match="tei:hi">
    <xsl:variable name="r" select="concat(' ', translate(normalize-space(concat(@rend, ' ', @rendition)),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ#-', 'abcdefghijklmnopqrstuvwxyz  '), ' ')"/>
    <xsl:variable name="it" select="contains($r, ' italic ') or contains($r, ' italics ') or contains($r, ' i ')"/>
    <xsl:variable name="bf" select="contains($r, ' bold ') or contains($r, ' b ')"/>
    <xsl:variable name="sc" select="contains($r, ' smallcaps ') or contains($r, ' small caps ') or contains($r, ' sc ')"/>
    <xsl:variable name="sup" select="contains($r, ' sup ') or contains($r, ' superscript ')"/>
    <xsl:variable name="sub" select="contains($r, ' sub ') or contains($r, ' subscript ')"/>
    <xsl:variable name="ul" select="contains($r, ' underline ') or contains($r, ' u ')"/>
    <xsl:variable name="st" select="contains($r, ' strikethrough ') or contains($r, ' strike ')"/>
    <xsl:variable name="sp" select="contains($r, ' spaced ') or contains($r, ' letterspace ') or contains($r, ' letterspaced ')"/>
    <xsl:variable name="tt" select="contains($r, ' code ') or contains($r, ' monospace ')"/>
    <xsl:variable name="any" select="$it or $bf or $sc or $sup or $sub or $ul or $st or $sp or $tt"/>
    <xsl:value-of select="concat(
        substring('\texttt{', 1, 8 * $tt),
        substring('\textit{', 1, 8 * $it), substring('\textbf{', 1, 8 * $bf),
        substring('\textsc{', 1, 8 * $sc), substring('\textsuperscript{', 1, 17 * $sup),
        substring('\textsubscript{', 1, 15 * $sub), substring('\EditioUnderline{', 1, 17 * $ul),
        substring('\EditioStrike{', 1, 14 * $st), substring('\EditioSpaced{', 1, 14 * $sp),
        substring('\emph{', 1, 6 * not($any)))"/>
    <xsl:call-template name="content-in-language"/>
    <xsl:value-of select="concat(
        substring('}', 1, $it), substring('}', 1, $bf), substring('}', 1, $sc),
        substring('}', 1, $sup), substring('}', 1, $sub), substring('}', 1, $ul),
        substring('}', 1, $st), substring('}', 1, $sp), substring('}', 1, $tt), substring('}', 1, not($any)))"/>
  </xsl:template>

  <xsl:template match="tei:emph">
    <xsl:text>\emph{</xsl:text>
    <xsl:call-template name="content-in-language"/>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <xsl:template match="tei:mentioned | tei:title[not(@level) or @level = 'm' or @level = 'j' or @level = 's']">
    <xsl:text>\textit{</xsl:text>
    <xsl:call-template name="content-in-language"/>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <!-- foreign: italic, hyphenated in its own language. -->
  <xsl:template match="tei:foreign">
    <xsl:text>\EditioForeign{</xsl:text>
    <xsl:call-template name="content-in-language"/>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <!-- q, quote in running text, seg, title level a/u and the like: the source's
       quotation marks are part of the text, so only the language changes. -->
  <xsl:template match="tei:q | tei:said | tei:seg | tei:s | tei:phr | tei:quote | tei:title | tei:cit">
    <xsl:call-template name="content-in-language"/>
  </xsl:template>

  <!-- q and direct speech whose marks the encoding left out (neither its
       text nor the text just before it has one): the marks are supplied,
       in the language of the sentence around it (\EditioQuoted: csquotes'
       \enquote, « » and „ “ inside in Russian, “ ” and ‘ ’ in English). -->
  <xsl:variable name="quotation-marks" select="concat('&quot;', &quot;'`«»‹›„‚“”‘’「」&quot;)"/>
  <xsl:template match="tei:q[not(@rend = 'none')] | tei:said[not(@direct = 'false')][not(@rend = 'none')]">
    <xsl:variable name="first" select="substring(normalize-space(.), 1, 1)"/>
    <xsl:variable name="before" select="normalize-space(preceding-sibling::node()[1][self::text()])"/>
    <xsl:variable name="last-before" select="substring($before, string-length($before), 1)"/>
    <xsl:choose>
      <xsl:when test="($first != '' and contains($quotation-marks, $first))
                      or ($last-before != '' and contains($quotation-marks, $last-before))">
        <xsl:call-template name="content-in-language"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>\EditioQuoted{</xsl:text>
        <xsl:call-template name="content-in-language"/>
        <xsl:text>}</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:code | tei:ident">
    <xsl:text>\texttt{</xsl:text>
    <xsl:apply-templates/>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <!-- Source line ends are normalised away; a page break is marked. -->
  <xsl:template match="tei:lb">
    <xsl:if test="not(@break = 'no')">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:pb">
    <xsl:text>\EditioPageBreak{</xsl:text>
    <xsl:call-template name="latex-string">
      <xsl:with-param name="s" select="@n"/>
    </xsl:call-template>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <!-- A link: its words, then its address (\EditioLink{words}{address}:
       "words (address)", which an edition's own preamble may redefine); a
       bare URL (its text is its address) once; a link inside the document
       ("#id") its words alone. The address is printed as escaped text
       (url-text, escape.xsl), not through \url or hyperref's \href, which
       read their argument verbatim only outside other commands' arguments,
       and the text of a numbered paragraph is inside reledmac's \edtext
       wherever a name or a date is: there % # ~ _ & would act. -->
  <xsl:template match="tei:ref[not(@type = 'noteAnchor')][normalize-space(@target) != '']">
    <xsl:variable name="target" select="normalize-space(@target)"/>
    <xsl:variable name="words" select="normalize-space(.)"/>
    <xsl:choose>
      <xsl:when test="starts-with($target, '#')">
        <xsl:call-template name="content-in-language"/>
      </xsl:when>
      <xsl:when test="$words = $target or concat('mailto:', $words) = $target or $words = ''">
        <xsl:call-template name="url-text">
          <xsl:with-param name="s" select="$target"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>\EditioLink{</xsl:text>
        <xsl:call-template name="content-in-language"/>
        <xsl:text>}{</xsl:text>
        <xsl:call-template name="url-text">
          <xsl:with-param name="s" select="$target"/>
        </xsl:call-template>
        <xsl:text>}</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:ptr">
    <xsl:call-template name="latex-string">
      <xsl:with-param name="s" select="@target"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:space">
    <xsl:text>\ </xsl:text>
  </xsl:template>

  <!-- Table cells in running text (a table is typeset one row per line). -->
  <xsl:template match="tei:cell">
    <xsl:if test="preceding-sibling::tei:cell">
      <xsl:text>\quad </xsl:text>
    </xsl:if>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Carry no text. -->
  <xsl:template match="tei:anchor | tei:milestone | tei:graphic | tei:media | tei:index | tei:figDesc"/>

  <!-- ================================================================== -->
  <!-- Blocks and the fallback                                            -->
  <!-- ================================================================== -->

  <!-- 'yes' when the current element sits where blocks go (directly in a
       div-like container, not inside a paragraph or note). -->
  <xsl:template name="block-context">
    <xsl:if test="not(ancestor::tei:note) and not(ancestor::tei:p)
                  and parent::*[self::tei:text or self::tei:body or self::tei:front or self::tei:back
                    or self::tei:group or self::tei:div or self::tei:div1 or self::tei:div2
                    or self::tei:div3 or self::tei:div4 or self::tei:div5 or self::tei:div6
                    or self::tei:div7 or self::tei:floatingText or self::tei:postscript
                    or self::tei:argument or self::tei:epigraph or self::tei:figure
                    or self::tei:sp or self::tei:lg
                    or ((self::tei:opener or self::tei:closer or self::tei:quote or self::tei:address)
                        and not(text()[normalize-space()]))]">yes</xsl:if>
  </xsl:template>

  <!-- Anything else: a block of its own where blocks go and it holds text,
       otherwise just its content. Text is never dropped. -->
  <xsl:template match="*">
    <xsl:variable name="block">
      <xsl:call-template name="block-context"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$block = 'yes' and text()[normalize-space()]">
        <xsl:text>\pstart </xsl:text>
        <xsl:call-template name="content-in-language"/>
        <xsl:text>\pend&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="content-in-language"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- address in running text: its lines joined by commas. -->
  <xsl:template match="tei:addrLine">
    <xsl:if test="preceding-sibling::tei:addrLine">
      <xsl:text>, </xsl:text>
    </xsl:if>
    <xsl:call-template name="content-in-language"/>
  </xsl:template>

</xsl:stylesheet>
