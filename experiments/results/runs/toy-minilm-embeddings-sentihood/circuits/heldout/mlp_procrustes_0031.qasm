// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6489129903412868) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 07afaa5cc2443cd1688cadaa47618efbf74893a306b99282501c314ba18346f3
