// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2922198748173939) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c09afc2c5988b97eb4b66bf04308d5ab005dff1781d16d153bbdb6b2da2c4dbe
