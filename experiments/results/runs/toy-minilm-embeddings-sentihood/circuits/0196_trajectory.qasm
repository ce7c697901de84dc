// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5215136797495264) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4b6c12397b629d2ff7b6afaea9ace31e4be2100afac39284855ec9cb2bea5682
