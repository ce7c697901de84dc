// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5716172063861826) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ae06d30a84c148858b1f25e3be17507994ba6384771d1319eb343e7dde1256f1
