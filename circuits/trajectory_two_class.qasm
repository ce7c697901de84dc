OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.434109441810449) q[0];
barrier q[0];
meas[0] = measure q[0];
