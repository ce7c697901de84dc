// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8855541605069969) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ee1a8ccb70e0cf4b648c40c6edb23093e27ad2a1b2db3bc49e7521c8f76a2a14
