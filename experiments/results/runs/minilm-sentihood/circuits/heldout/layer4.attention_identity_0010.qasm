// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1329715411164385) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6b6f916e970ec7cf3cbc3d1610082348c0d76c3129c4e77d904b166ae5779a7b
