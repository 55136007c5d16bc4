import sharp from 'sharp';
await sharp('/tmp/pngx/resvg.png').extract({left: 0, top: 0, width: 700, height: 330}).toFile('/tmp/pngx/a-crop.png');
await sharp('/tmp/pngx/rsvg.png').extract({left: 0, top: 0, width: 700, height: 330}).toFile('/tmp/pngx/b-crop.png');
