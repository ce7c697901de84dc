// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7567584700497217) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 340bad27f9a60833cc7d6daaf212e0cda1f90bdf324ff01a699a850d71506a0d
