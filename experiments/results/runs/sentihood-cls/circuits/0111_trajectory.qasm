// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9797276241132173) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8118dff1da6065460bdfffd54a23fb356242423d6c9d3c083024d8cbbe754216
