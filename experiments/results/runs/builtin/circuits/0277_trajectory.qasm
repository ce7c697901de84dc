// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0402964398598664) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 521b6f66ba7906b4024b104943ec528757b0aa6557330c7eede7bf2eb6659f3c
