// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.667323270726743) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 33f68f84d3a20437590190be787d096dbb633788e9984a7fde3eefe95ff1f259
