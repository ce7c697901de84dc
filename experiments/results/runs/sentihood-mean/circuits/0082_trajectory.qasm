// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.45570284452930027) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a03a97306831aefd0c1aa768ac3831ba10b5375340adc6afdad2a5a63b437360
