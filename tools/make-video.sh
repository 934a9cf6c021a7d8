#!/usr/bin/env bash
# make-video.sh: remakes Tandem's narrated video "How pain and mood affect each other".
#
# Reads tools/video/slides.txt (the slides' text, the narration and the sources, in our own words)
# and writes, in src/main/resources/learning/:
#   media/pain-and-mood.mp4          H.264 baseline + AAC, 854x480, faststart, under 3 MB
#   media/pain-and-mood.vtt          WebVTT captions, one cue a sentence, timed from the narration
#   pieces/pain-and-mood-video.md    the library piece: front matter and the full transcript
#
# How: each slide is drawn as SVG (NHS blue and white, Liberation Sans) and turned into a PNG by
# rsvg-convert; each sentence of narration is spoken by espeak-ng (British English, slow) into its
# own WAV file, so the script knows exactly when each sentence starts and ends; ffmpeg joins the
# sentences with short pauses, shows each slide for as long as its narration lasts and encodes.
# Nothing is downloaded and the same input gives the same files (bit-exact flags, one thread).
#
# Needs (Debian packages): ffmpeg, espeak-ng, librsvg2-bin, fonts-liberation
#   sudo apt-get install -y ffmpeg espeak-ng librsvg2-bin fonts-liberation
# Run from anywhere: bash tools/make-video.sh   (about a minute)
# To change the video, edit tools/video/slides.txt and run it again; then run
#   mvn -o test -Dtest=PainAndMoodVideoTests   (size, captions and transcript checks)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SLIDES="$ROOT/tools/video/slides.txt"
MEDIA="$ROOT/src/main/resources/learning/media"
PIECES="$ROOT/src/main/resources/learning/pieces"
NAME=pain-and-mood
VOICE=en-gb
RATE=135          # words a minute (espeak-ng's default is 175)
LEAD=0.6          # seconds of quiet when a slide appears
GAP=0.45          # seconds between sentences
TAIL=0.9          # seconds of quiet before the next slide
REVIEWED=2026-12-06
REVIEW_BY=2027-12-06
VERSION=1

missing=()
for tool in ffmpeg ffprobe espeak-ng rsvg-convert fc-match; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
  echo "make-video.sh: missing ${missing[*]}." >&2
  echo "Install them with: sudo apt-get install -y ffmpeg espeak-ng librsvg2-bin fonts-liberation" >&2
  exit 1
fi
if ! fc-match "Liberation Sans" | grep -qi liberation; then
  echo "make-video.sh: the Liberation Sans font is missing." >&2
  echo "Install it with: sudo apt-get install -y fonts-liberation" >&2
  exit 1
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# The slides file in three lists: slide titles, slide lines ("slide|text") and sentences
# ("slide|shown|spoken").
slide=0
: >"$WORK/titles" && : >"$WORK/lines" && : >"$WORK/sentences"
while IFS= read -r line || [[ -n "$line" ]]; do
  case "$line" in
    "= "*) slide=$((slide + 1)); printf '%s\n' "${line#= }" >>"$WORK/titles" ;;
    "* "*) printf '%s|%s\n' "$slide" "${line#\* }" >>"$WORK/lines" ;;
    "> "*)
      text="${line#> }"
      shown="$(sed -E 's/\{([^|}]*)\|[^}]*\}/\1/g' <<<"$text")"
      spoken="$(sed -E 's/\{[^|}]*\|([^}]*)\}/\1/g' <<<"$text")"
      printf '%s|%s|%s\n' "$slide" "$shown" "$spoken" >>"$WORK/sentences"
      ;;
  esac
done <"$SLIDES"
total_slides=$slide

xml() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' <<<"$1"; }
seconds() { ffprobe -v error -show_entries format=duration -of csv=p=0 "$1"; }
stamp() { awk -v t="$1" 'BEGIN { ms = int(t * 1000 + 0.5); h = int(ms / 3600000); m = int(ms / 60000) % 60;
  s = int(ms / 1000) % 60; printf "%02d:%02d:%02d.%03d", h, m, s, ms % 1000 }'; }
add() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", a + b }'; }
quiet() { ffmpeg -v error -y -f lavfi -i anullsrc=r=22050:cl=mono -t "$1" -c:a pcm_s16le "$2"; }

draw_slide() { # number title -> slide-N.png
  local n=$1 title=$2 y=200 svg="$WORK/slide-$1.svg"
  {
    echo '<svg xmlns="http://www.w3.org/2000/svg" width="854" height="480" viewBox="0 0 854 480">'
    echo '<rect width="854" height="480" fill="#ffffff"/><rect width="854" height="120" fill="#005eb8"/>'
    echo '<g font-family="Liberation Sans" fill="#212b32">'
    echo "<text x=\"40\" y=\"76\" font-size=\"36\" font-weight=\"bold\" fill=\"#ffffff\">$(xml "$title")</text>"
    while IFS='|' read -r _ text; do
      if [[ "$text" == "  "* ]]; then
        echo "<text x=\"76\" y=\"$y\" font-size=\"30\">$(xml "${text#"${text%%[! ]*}"}")</text>"
      else
        echo "<circle cx=\"52\" cy=\"$((y - 10))\" r=\"7\" fill=\"#005eb8\"/>"
        echo "<text x=\"76\" y=\"$y\" font-size=\"30\">$(xml "$text")</text>"
      fi
      y=$((y + 50))
    done < <(grep "^$n|" "$WORK/lines" || true)
    echo '<text x="40" y="462" font-size="20" font-weight="bold" fill="#005eb8">Tandem</text>'
    echo "<text x=\"814\" y=\"462\" font-size=\"20\" fill=\"#4c6272\" text-anchor=\"end\">$n of $total_slides</text>"
    echo '</g></svg>'
  } >"$svg"
  rsvg-convert -w 854 -h 480 -b white "$svg" -o "$WORK/slide-$n.png"
}

quiet "$LEAD" "$WORK/lead.wav"
quiet "$GAP" "$WORK/gap.wav"
quiet "$TAIL" "$WORK/tail.wav"
: >"$WORK/audio.txt" && : >"$WORK/images.txt"
now=0
cues="WEBVTT"$'\n'
transcript=""
for n in $(seq 1 "$total_slides"); do
  title="$(sed -n "${n}p" "$WORK/titles")"
  draw_slide "$n" "$title"
  slide_start=$now
  echo "file '$WORK/lead.wav'" >>"$WORK/audio.txt"
  now=$(add "$now" "$(seconds "$WORK/lead.wav")")
  paragraph=""
  i=0
  while IFS='|' read -r _ shown spoken; do
    i=$((i + 1))
    wav="$WORK/say-$n-$i.wav"
    espeak-ng -v "$VOICE" -s "$RATE" -w "$wav" "$spoken"
    if ((i > 1)); then
      echo "file '$WORK/gap.wav'" >>"$WORK/audio.txt"
      now=$(add "$now" "$(seconds "$WORK/gap.wav")")
    fi
    echo "file '$wav'" >>"$WORK/audio.txt"
    start=$now
    now=$(add "$now" "$(seconds "$wav")")
    cues+=$'\n'"$n-$i"$'\n'"$(stamp "$start") --> $(stamp "$now")"$'\n'"$shown"$'\n'
    paragraph+="${paragraph:+ }$shown"
  done < <(grep "^$n|" "$WORK/sentences")
  echo "file '$WORK/tail.wav'" >>"$WORK/audio.txt"
  now=$(add "$now" "$(seconds "$WORK/tail.wav")")
  printf "file '%s'\nduration %s\n" "$WORK/slide-$n.png" "$(add "$now" "-$slide_start")" >>"$WORK/images.txt"
  if ((n > 1)); then transcript+=$'\n'"## $title"$'\n\n'; fi
  transcript+="$paragraph"$'\n'
done
# The concat demuxer uses the last image's duration only when the image is listed once more.
echo "file '$WORK/slide-$total_slides.png'" >>"$WORK/images.txt"

ffmpeg -v error -y -f concat -safe 0 -i "$WORK/audio.txt" -c:a pcm_s16le "$WORK/narration.wav"
mkdir -p "$MEDIA" "$PIECES"
ffmpeg -v error -y -f concat -safe 0 -i "$WORK/images.txt" -i "$WORK/narration.wav" \
  -map 0:v -map 1:a -vf "fps=10,format=yuv420p" -threads 1 \
  -c:v libx264 -profile:v baseline -level 3.0 -preset veryslow -tune stillimage -crf 28 -g 50 \
  -c:a aac -ac 1 -ar 44100 -b:a 48k -shortest \
  -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact -movflags +faststart \
  "$MEDIA/$NAME.mp4"
printf '%s' "$cues" >"$MEDIA/$NAME.vtt"

length=$(seconds "$MEDIA/$NAME.mp4")
minutes=$(awk -v s="$length" 'BEGIN { m = int(s / 60); if (m * 60 < s) m++; print m }')
cat >"$PIECES/$NAME-video.md" <<PIECE
---
title: "$(sed -n 1p "$WORK/titles") (video)"
summary: A short video with captions. Pain can wear down your mood, and low mood can make pain feel worse. Small steps can help with both.
kind: video
audience: both
topics: [pain-and-mood]
minutes: $minutes
source: Written by the Tandem team from the Q Lab and Mind findings and NICE NG193 (see sources). Made with tools/make-video.sh.
sources:
  - ../shared/reference/domain-facts.md
  - ../shared/reference/000_57452e8e31832b9d.txt
  - https://www.nice.org.uk/guidance/ng193
  - https://www.nhs.uk/mental-health/
reviewed: $REVIEWED
review-by: $REVIEW_BY
version: $VERSION
media: $NAME.mp4
captions: $NAME.vtt
---
$transcript
PIECE

echo "make-video.sh: $(du -k "$MEDIA/$NAME.mp4" | cut -f1) KB, ${length%.*} s, $total_slides slides" \
  "-> $MEDIA/$NAME.mp4, $NAME.vtt, $PIECES/$NAME-video.md"
