// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3303329606693788) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 10097f681eaed69ba3205dc4f842c7c27d65265226dd406768ce9d471f987b31
