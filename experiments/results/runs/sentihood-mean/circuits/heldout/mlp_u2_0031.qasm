// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.494599390912558) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4473153a15e7bc63db6597bcd42fe28f711757d1216c15a222f60222af386632
