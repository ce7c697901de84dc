// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2234285871692006) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9b16825eae649b6bc6aef7a39fac29e51a6b84900cda2060f4992d37b40bdff4
