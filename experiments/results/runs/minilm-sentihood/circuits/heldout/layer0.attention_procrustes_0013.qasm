// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.689905445571554) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d02bd3e99fcab20fa35e62fb8e5abac46f86cbf32a587c9c47392cbfa8f81d3a
