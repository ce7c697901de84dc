// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0949623713655043) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d3c40a6bcb268b841a9a992672e1893b2a206718d23ffe2f99764c7e0f15fbc1
