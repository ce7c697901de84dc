// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7518775944454502) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 09f18bfb2a383a928d427a9c031712bc51df527238593aef6dccd5cc38da1d54
