// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6474097040835853) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8511aebdba8dba2bcf5ea1bd5b45f56285fc097348101fd03a702a805358201e
