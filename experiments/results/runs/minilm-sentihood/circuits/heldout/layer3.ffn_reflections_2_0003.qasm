// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5481007222234207) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 17bef1a2a49470c00a7efa0f0950b555cf5a58597ccd9d4a3fa3b864f8a15b4b
