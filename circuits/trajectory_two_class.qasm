OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4341094418104507) q[0];
barrier q[0];
meas[0] = measure q[0];
