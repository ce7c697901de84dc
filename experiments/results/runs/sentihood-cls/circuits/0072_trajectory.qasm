// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.20359823217104187) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2bba21212788bba9a23135fb8a70a0fbab7cc7ea95404f1988824f9b380cf6e5
