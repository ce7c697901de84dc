// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.970712037114613) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dd453bdd14f283ebbe609b5aa6a8e97aef5c761bd164d297dc09c6e490831acc
