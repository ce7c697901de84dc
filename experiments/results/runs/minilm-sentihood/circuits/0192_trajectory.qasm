// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1258497664724667) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 98c1d3af50daafaa506df62c713ca99e7684052422187b9631ac561215b83240
