// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.21235137857360184) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 34484d9cafcfd34481845c76f1e45e0ff40c8e47a8fcc8e86ac340c22ef7618f
