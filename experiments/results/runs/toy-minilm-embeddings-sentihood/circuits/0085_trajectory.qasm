// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.48984971036860564) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cb43f06450b217bcce68b4b24b272a5fcf1ad9c1e25d180127ce2e33bae6ee1a
