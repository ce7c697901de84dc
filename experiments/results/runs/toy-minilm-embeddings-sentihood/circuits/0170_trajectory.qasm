// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.582115603160815) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7c4af35ae84173fe4f365bc177e3ccddfefc24c8e9e9aaa3acfc4fafdaffb15f
