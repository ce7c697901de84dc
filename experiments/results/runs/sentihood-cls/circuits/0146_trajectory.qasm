// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3382201214824498) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ca600ad964aae528025119c4381ff218f8f3b49f2f190bcdedd5562b9bb746dd
