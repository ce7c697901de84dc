// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2266152296095096) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 67ac43d3bc98a01994406001341c6f393957b688c00dc92d7486f4f9f260383e
