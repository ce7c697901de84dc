// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0208857535774136) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 884aeb39ae5234630799716fc134d34500402859a8453232e2c31fcdbf76c53c
