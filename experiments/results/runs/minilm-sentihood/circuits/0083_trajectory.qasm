// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4802530838747074) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b4afde6ce4c57b03b4aac98a10868784f32ded2c3382928062f57be738898d15
