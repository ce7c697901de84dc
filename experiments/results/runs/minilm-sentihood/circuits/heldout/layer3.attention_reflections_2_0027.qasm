// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1050076945704255) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f0317677349df42ac3ab27cdb5d7c5d56a1af7e87da617bf253a49561741f119
